/**
 * Reports on a screenplay as plain data, for a production's breakdown and for the exporters to
 * print: {@link dev.slate.core.report.SceneReport} (scenes with INT/EXT, time of day, shots and
 * estimated minutes, and page eighths when pagination supplies them),
 * {@link dev.slate.core.report.LocationReport} (locations with their scenes) and the shot list,
 * which can follow the schedule. The cast's report is in {@link dev.slate.core.cast}. Each is an
 * immutable record built by a static {@code of(Screenplay)}; none formats text.
 */
package dev.slate.core.report;
