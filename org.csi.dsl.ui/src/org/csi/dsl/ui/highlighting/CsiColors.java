package org.csi.dsl.ui.highlighting;

import java.util.EnumMap;
import java.util.Map;

import org.csi.dsl.ide.highlighting.HighlightStyle;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of plan text. The keyword that opens an element takes the colour of its step of the
 * cycle, the same colour as its icon in the outline.
 */
public final class CsiColors {

	private static final Map<HighlightStyle, TextAttribute> ATTRIBUTES = new EnumMap<>(HighlightStyle.class);

	static {
		put(HighlightStyle.KEYWORD, new RGB(127, 0, 85), SWT.BOLD);
		put(HighlightStyle.COMMENT, new RGB(63, 127, 95), SWT.NORMAL);
		put(HighlightStyle.STRING, new RGB(42, 0, 255), SWT.NORMAL);
		put(HighlightStyle.NUMBER, new RGB(0, 120, 120), SWT.NORMAL);
		put(HighlightStyle.DATE, new RGB(160, 90, 0), SWT.NORMAL);
		put(HighlightStyle.REFERENCE, new RGB(0, 80, 160), SWT.ITALIC);
		put(HighlightStyle.DECLARATION, new RGB(0, 0, 0), SWT.BOLD);
		put(HighlightStyle.STEP_STRATEGY, new RGB(50, 90, 190), SWT.BOLD);
		put(HighlightStyle.STEP_SHOULD, new RGB(30, 130, 70), SWT.BOLD);
		put(HighlightStyle.STEP_CAN, new RGB(20, 130, 140), SWT.BOLD);
		put(HighlightStyle.STEP_DATA, new RGB(200, 110, 0), SWT.BOLD);
		put(HighlightStyle.STEP_ACTION, new RGB(190, 40, 40), SWT.BOLD);
	}

	private CsiColors() {
	}

	private static void put(HighlightStyle style, RGB rgb, int fontStyle) {
		ATTRIBUTES.put(style, new TextAttribute(new Color(rgb), null, fontStyle));
	}

	public static TextAttribute of(HighlightStyle style) {
		return ATTRIBUTES.get(style);
	}
}
