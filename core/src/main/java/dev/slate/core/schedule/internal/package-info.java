/** Implementation of the schedule; not exported. */
package dev.slate.core.schedule.internal;
