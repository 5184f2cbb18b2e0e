package org.csi.dsl.ide.quickfix;

import java.util.List;

import org.csi.dsl.ide.edit.TextEdit;

/** A fix of one finding: what the user picks ({@code label}) and the edits of the file it makes. */
public record QuickFix(String label, List<TextEdit> edits) {
}
