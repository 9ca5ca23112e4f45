package dev.slate.cli.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.SimpleLog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commons Logging's simple logger for every PDFBox class, made directly. The stock factory
 * discovers the implementation anew for each of the hundred classes that ask for a log, by
 * reflection (a fiftieth of a short render's time); this gives the same {@link SimpleLog}, with
 * the same settings and the same output.
 */
public final class SimpleLogFactory extends LogFactory {

    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, SimpleLog::new);
    }

    @Override
    public Log getInstance(@SuppressWarnings("rawtypes") Class type) {
        return getInstance(type.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }
}
