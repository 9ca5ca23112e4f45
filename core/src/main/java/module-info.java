/**
 * Slate's core: the screenplay and shot model, Fountain reading and writing, pagination and
 * reports. No dependencies. Packages named {@code internal} are implementation and not exported.
 */
module dev.slate.core {
    exports dev.slate.core;
    exports dev.slate.core.shot;
    exports dev.slate.core.cast;
    exports dev.slate.core.fountain;
    exports dev.slate.core.layout;
    exports dev.slate.core.report;
    exports dev.slate.core.revision;
    exports dev.slate.core.schedule;
}
