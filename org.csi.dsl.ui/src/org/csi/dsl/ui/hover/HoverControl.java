package org.csi.dsl.ui.hover;

import java.util.List;

import org.csi.dsl.ui.editor.Editors;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.text.AbstractInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A hover of plain text as large as its text: lines longer than {@link #MAX_WIDTH_CHARS}
 * characters wrap, and the height is that of the wrapped text, so nothing is clipped. The names
 * of {@link HoverContent#links()} look like links and open their declaration when clicked. The
 * plan's text is set as text, never read as markup.
 */
public class HoverControl extends AbstractInformationControl implements IInformationControlExtension2 {

	/** Wider than this, a line wraps: a hover is read, not scrolled sideways. */
	public static final int MAX_WIDTH_CHARS = 100;

	private StyledText text;

	private List<HoverContent.Link> links = List.of();

	private Point constraints;

	/** A hover with {@code status} (the "Press F2 for focus" line) at its foot. */
	public HoverControl(Shell parent, String status) {
		super(parent, status);
		create();
	}

	/** The hover with focus (F2): resizable, its text selectable. */
	public HoverControl(Shell parent, boolean resizable) {
		super(parent, resizable);
		create();
	}

	@Override
	protected void createContent(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		text.setForeground(parent.getForeground());
		text.setBackground(parent.getBackground());
		text.setFont(parent.getFont());
		text.setMargins(4, 2, 4, 2);
		text.addListener(SWT.MouseUp, event -> {
			HoverContent.Link link = linkAt(event.x, event.y);
			if (link != null && event.button == 1) {
				Editors.open(link.target());
				dispose();
			}
		});
		text.addListener(SWT.MouseMove, event -> {
			Cursor cursor = linkAt(event.x, event.y) == null ? null : text.getDisplay().getSystemCursor(SWT.CURSOR_HAND);
			text.setCursor(cursor);
		});
	}

	private HoverContent.Link linkAt(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		for (HoverContent.Link link : links) {
			if (offset >= link.offset() && offset < link.offset() + link.length()) {
				return link;
			}
		}
		return null;
	}

	@Override
	public void setInput(Object input) {
		if (input instanceof HoverContent content) {
			text.setText(content.text());
			links = content.links();
			for (HoverContent.Link link : links) {
				StyleRange style = new StyleRange(link.offset(), link.length(), JFaceColors.getHyperlinkText(text.getDisplay()), null);
				style.underline = true;
				style.underlineStyle = SWT.UNDERLINE_LINK;
				text.setStyleRange(style);
			}
		} else {
			setInformation(input == null ? "" : input.toString());
		}
	}

	@Override
	public void setInformation(String information) {
		links = List.of();
		text.setText(information == null ? "" : information);
	}

	/** The text shown, for tests. */
	public StyledText getTextWidget() {
		return text;
	}

	@Override
	public boolean hasContents() {
		return text.getCharCount() > 0;
	}

	@Override
	public void setSizeConstraints(int maxWidth, int maxHeight) {
		super.setSizeConstraints(maxWidth, maxHeight);
		constraints = new Point(maxWidth, maxHeight);
	}

	/** The size of the whole text: as wide as its longest line up to the wrapping width, as high as its wrapped lines. */
	@Override
	public Point computeSizeHint() {
		int charWidth = (int) Math.ceil(textMetricsWidth());
		int maxWidth = MAX_WIDTH_CHARS * charWidth;
		Rectangle trim = computeTrim();
		if (constraints != null && constraints.x > 0) {
			// the constraints are of the whole control: less its trim and what the text adds to a width it is given (its margins)
			int textExtra = text.computeSize(100, SWT.DEFAULT).x - 100;
			maxWidth = Math.min(maxWidth, constraints.x - trim.width - textExtra);
		}
		Point natural = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point wrapped = text.computeSize(Math.min(natural.x, Math.max(1, maxWidth)), SWT.DEFAULT);
		Point size = new Point(wrapped.x + trim.width, wrapped.y + trim.height);
		if (constraints != null && constraints.y > 0) {
			size.y = Math.min(size.y, constraints.y);
		}
		return size;
	}

	private double textMetricsWidth() {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(text);
		try {
			return gc.getFontMetrics().getAverageCharacterWidth();
		} finally {
			gc.dispose();
		}
	}

	@Override
	public IInformationControlCreator getInformationPresenterControlCreator() {
		return parent -> new HoverControl(parent, true);
	}
}
