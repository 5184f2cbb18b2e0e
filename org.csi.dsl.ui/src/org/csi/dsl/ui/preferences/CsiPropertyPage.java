package org.csi.dsl.ui.preferences;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.config.CsiConfigurationReader;
import org.csi.dsl.config.CsiConfigurationWriter;
import org.csi.dsl.ui.builder.ProjectPlans;
import org.csi.dsl.validation.IssueCodeInfo;
import org.csi.report.ReportFormat;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import com.google.inject.Inject;

/**
 * Project > Properties > CSI: the severities, reference date and report options of the project.
 * They are kept in the project's {@code csi.properties}, the file the CLI reads, so the editor and
 * CI check by the same rules; comments and other lines of the file are kept.
 */
public class CsiPropertyPage extends PropertyPage {

	@Inject
	private ProjectPlans plans;

	private static final String DEFAULT = "default";
	private static final String[] SEVERITIES = { DEFAULT, "error", "warning", "info", "ignore" };

	private final Map<String, Combo> severities = new LinkedHashMap<>();
	private final Map<ReportFormat, Button> formats = new LinkedHashMap<>();
	private Text referenceDate;
	private Text reportFolder;
	private Button onBuild;

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}

	@Override
	protected Control createContents(Composite parent) {
		CsiConfiguration configuration = plans.configuration(project());
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

		new Label(page, SWT.NONE).setText("Reference date for overdue actions (empty: today):");
		referenceDate = new Text(page, SWT.BORDER);
		referenceDate.setText(configuration.referenceDate() == null ? "" : configuration.referenceDate().toString());
		referenceDate.addModifyListener(e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(referenceDate);

		Group reports = new Group(page, SWT.NONE);
		reports.setText("Reports");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(reports);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(reports);
		new Label(reports, SWT.NONE).setText("Folder:");
		reportFolder = new Text(reports, SWT.BORDER);
		reportFolder.setText(configuration.reports().folder());
		reportFolder.addModifyListener(e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reportFolder);
		new Label(reports, SWT.NONE).setText("Formats:");
		Composite formatBoxes = new Composite(reports, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(ReportFormat.values().length).applyTo(formatBoxes);
		Set<ReportFormat> configuredFormats = formatsOf(configuration);
		for (ReportFormat format : ReportFormat.values()) {
			Button box = new Button(formatBoxes, SWT.CHECK);
			box.setText(format.id());
			box.setSelection(configuredFormats.contains(format));
			box.addListener(SWT.Selection, e -> validate());
			formats.put(format, box);
		}
		onBuild = new Button(reports, SWT.CHECK);
		onBuild.setText("Write the reports on every build (when a plan is saved)");
		onBuild.setSelection(configuration.reports().onBuild());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(onBuild);

		Label title = new Label(page, SWT.NONE);
		title.setText("Severity of each finding:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
		ScrolledComposite scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 260).applyTo(scroller);
		Composite rules = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rules);
		for (IssueCodeInfo.Rule rule : IssueCodeInfo.all()) {
			if (!rule.configurable()) {
				continue;
			}
			Label label = new Label(rules, SWT.NONE);
			label.setText(rule.code() + " (" + rule.defaultSeverity() + ")");
			label.setToolTipText(rule.meaning());
			Combo combo = new Combo(rules, SWT.READ_ONLY);
			combo.setItems(SEVERITIES);
			String configured = configuration.severities().get(rule.code());
			combo.setText(configured == null ? DEFAULT : configured);
			combo.setToolTipText(rule.meaning());
			severities.put(rule.code(), combo);
		}
		scroller.setContent(rules);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(rules.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return page;
	}

	private void validate() {
		String problem = null;
		String date = referenceDate.getText().strip();
		if (!date.isEmpty()) {
			try {
				LocalDate.parse(date);
			} catch (DateTimeParseException e) {
				problem = "The reference date must be a date such as 2027-03-31.";
			}
		}
		String folder = reportFolder.getText().strip();
		if (problem == null && (folder.isEmpty() || folder.startsWith("/") || folder.contains("..") || folder.contains("\\"))) {
			problem = "The report folder must be a folder inside the project, such as reports.";
		}
		if (problem == null && formats.values().stream().noneMatch(Button::getSelection)) {
			problem = "Choose at least one report format.";
		}
		setErrorMessage(problem);
		setValid(problem == null);
	}

	/** The formats a configuration asks for; every format when it names one that does not exist (the builder marks it). */
	private static Set<ReportFormat> formatsOf(CsiConfiguration configuration) {
		try {
			return ReportFormat.of(configuration.reports());
		} catch (CsiConfigurationReader.ConfigurationException e) {
			return java.util.EnumSet.allOf(ReportFormat.class);
		}
	}

	/** The settings as the page shows them, by key; null means the default. */
	public Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		String date = referenceDate.getText().strip();
		settings.put(CsiConfigurationReader.REFERENCE_DATE, date.isEmpty() ? null : date);
		String folder = reportFolder.getText().strip();
		settings.put(CsiConfigurationReader.REPORT_FOLDER, folder.equals(CsiConfiguration.Reports.DEFAULT.folder()) ? null : folder);
		Set<ReportFormat> chosen = java.util.EnumSet.noneOf(ReportFormat.class);
		formats.forEach((format, box) -> {
			if (box.getSelection()) {
				chosen.add(format);
			}
		});
		settings.put(CsiConfigurationReader.REPORT_FORMATS, chosen.equals(formatsOf(CsiConfiguration.DEFAULT)) ? null
				: String.join(", ", chosen.stream().map(ReportFormat::id).toList()));
		settings.put(CsiConfigurationReader.REPORT_ON_BUILD, onBuild.getSelection() == CsiConfiguration.Reports.DEFAULT.onBuild() ? null
				: Boolean.toString(onBuild.getSelection()));
		severities.forEach((code, combo) -> settings.put(code, DEFAULT.equals(combo.getText()) ? null : combo.getText()));
		return settings;
	}

	@Override
	public boolean performOk() {
		IFile file = project().getFile(CsiConfigurationReader.FILE_NAME);
		String before = file.exists() ? ProjectPlans.read(file) : "";
		String after = CsiConfigurationWriter.update(before, settings());
		if (after.equals(before)) {
			return true;
		}
		try {
			ByteArrayInputStream content = new ByteArrayInputStream(after.getBytes(StandardCharsets.UTF_8));
			if (file.exists()) {
				file.setContents(content, true, true, null);
			} else {
				file.create(content, true, null);
			}
			return true;
		} catch (CoreException e) {
			setErrorMessage("Cannot write " + file.getFullPath() + ": " + e.getMessage());
			return false;
		}
	}

	@Override
	protected void performDefaults() {
		referenceDate.setText("");
		reportFolder.setText(CsiConfiguration.Reports.DEFAULT.folder());
		formats.forEach((format, box) -> box.setSelection(formatsOf(CsiConfiguration.DEFAULT).contains(format)));
		onBuild.setSelection(CsiConfiguration.Reports.DEFAULT.onBuild());
		severities.values().forEach(combo -> combo.setText(DEFAULT));
		super.performDefaults();
	}
}
