package org.csi.dsl.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.csi.dsl.common.Finding;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A plan file against an earlier state of it in Eclipse's compare editor: above, the semantic
 * changes as {@code csi diff} reports them (what they mean for the plan: a target loosened, a
 * series break, a due date slipped), one row each with its severity, line and rule; below, the
 * platform's text compare of the two texts.
 */
public class PlanChangesInput extends CompareEditorInput {

	private final IFile file;
	private final IFileState earlier;
	private final PlanChanges planChanges;
	private PlanChanges.Result result;
	private Table table;

	public PlanChangesInput(IFile file, IFileState earlier, PlanChanges planChanges) {
		super(configuration());
		this.file = file;
		this.earlier = earlier;
		this.planChanges = planChanges;
		setTitle("CSI changes: " + file.getName());
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel("As saved");
		configuration.setRightLabel("Earlier, from the local history");
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException {
		try {
			result = planChanges.compare(file, earlier);
		} catch (Exception e) {
			throw new InvocationTargetException(e, "The plans cannot be compared: " + e.getMessage());
		}
		setTitle("CSI changes: " + file.getName() + " (" + (result.changes().isEmpty() ? "no semantic change" : result.changes().size()
				+ (result.changes().size() == 1 ? " semantic change" : " semantic changes")) + ")");
		return new DiffNode(new Text("As saved", result.now()), new Text("Earlier", result.before()));
	}

	@Override
	public Control createContents(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		table = new Table(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Change", "640" }, { "Line", "60" }, { "Rule", "220" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		List<Finding> changes = changes();
		if (changes.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(new String[] { "No semantic change: the plans mean the same in both versions.", "", "" });
		}
		for (Finding change : changes) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { change.message(), file.getLocation() != null && change.file().toString().equals(file.getLocation().toOSString())
					? String.valueOf(change.line()) : change.file().getFileName() + ":" + change.line(), change.code() });
			item.setImage(0, image(change.severity()));
		}
		// each column as wide as its longest text: a change is read whole, not cut at a fixed width
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		super.createContents(sash);
		sash.setWeights(30, 70);
		return sash;
	}

	/** The semantic changes, once the input is prepared. */
	public List<Finding> changes() {
		return result == null ? List.of() : result.changes();
	}

	/** The list of changes shown, once the contents are created (for tests). */
	public Table table() {
		return table;
	}

	private static Image image(Finding.Severity severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	/** One side of the text compare. */
	private record Text(String name, String text) implements ITypedElement, IStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
