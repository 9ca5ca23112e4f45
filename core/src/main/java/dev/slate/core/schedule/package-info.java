/**
 * The shooting schedule: shooting days planned in the script file as {@code [[DAY ...]]} notes
 * ({@link dev.slate.core.schedule.ScheduleNotation}), what each day comes to
 * ({@link dev.slate.core.schedule.ScheduleReport}), the problems of a schedule
 * ({@link dev.slate.core.schedule.ScheduleCheck}) and a proposed schedule
 * ({@link dev.slate.core.schedule.Scheduler}). Pure values and computations, no I/O.
 */
package dev.slate.core.schedule;
