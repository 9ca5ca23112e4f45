package dev.slate.cli;

import dev.slate.core.Action;
import dev.slate.core.Dialogue;
import dev.slate.core.DualDialogue;
import dev.slate.core.Element;
import dev.slate.core.Location;
import dev.slate.core.Problem;
import dev.slate.core.ProblemCodes;
import dev.slate.core.SourceMap;
import dev.slate.core.report.CoverageReport;

import java.util.List;
import java.util.Optional;

/** The {@code uncovered} warnings of {@code slate check}: only for scripts that plan shots at all. */
final class CoverageWarnings {

    private CoverageWarnings() {
    }

    /** Each dialogue or action element no shot covers, at its line and column. */
    static List<Problem> of(Script script) {
        if (!CoverageReport.hasPlan(script.screenplay())) {
            return List.of();
        }
        return CoverageReport.of(script.screenplay()).uncovered().stream()
                .filter(e -> isFilmed(e.value()))
                .map(e -> warning(script.sources(), e))
                .toList();
    }

    /** Dialogue and action: what a shot films, unlike headings, transitions and notes. */
    static boolean isFilmed(Element element) {
        return element instanceof Action || element instanceof Dialogue || element instanceof DualDialogue;
    }

    private static Problem warning(SourceMap sources, CoverageReport.Entry entry) {
        Location at = Location.element(entry.scene(), entry.element());
        Optional<SourceMap.Position> position = sources.element(entry.scene(), entry.element());
        if (position.isPresent()) {
            at = at.withSource(position.get().line(), position.get().column());
        }
        String what = entry.value() instanceof Action ? "action" : "dialogue";
        return Problem.warning(ProblemCodes.UNCOVERED, "no planned shot covers this " + what
                + "; add a shot whose coverage includes it", at);
    }
}
