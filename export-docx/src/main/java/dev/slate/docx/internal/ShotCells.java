package dev.slate.docx.internal;

import dev.slate.core.report.ShotList;
import dev.slate.core.report.ShotListColumn;
import dev.slate.core.shot.Shot;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The text of every shot's cells, made once for both the column widths and the rows. */
final class ShotCells {

    private final Map<Shot, String[]> texts = new IdentityHashMap<>();

    ShotCells(ShotList list, List<ShotListColumn> columns) {
        for (ShotList.SceneSection section : list.sections()) {
            for (Shot shot : section.shots()) {
                texts.computeIfAbsent(shot, s -> {
                    String[] cells = new String[columns.size()];
                    for (int c = 0; c < cells.length; c++) {
                        ShotListColumn column = columns.get(c);
                        cells[c] = column == ShotListColumn.TICK ? ShotTables.tick(s)
                                : list.cell(section, s, column, columns);
                    }
                    return cells;
                });
            }
        }
    }

    /** The shot's cells, one a column; the tick column holds its box. */
    String[] of(Shot shot) {
        return texts.get(shot);
    }
}
