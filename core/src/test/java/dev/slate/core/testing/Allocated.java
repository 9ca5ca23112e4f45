package dev.slate.core.testing;

import java.lang.reflect.Method;

/**
 * The bytes the current thread has allocated so far (HotSpot's {@code ThreadMXBean}), to bound the
 * memory a read takes without timing it. Reached by reflection: core's tests compile inside the
 * core module, which does not read {@code java.management}; they run on the class path, where the
 * bean is public.
 */
public final class Allocated {

    private Allocated() {
    }

    public static long bytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            return (long) allocated.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread", e);
        }
    }
}
