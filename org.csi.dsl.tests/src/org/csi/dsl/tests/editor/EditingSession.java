package org.csi.dsl.tests.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.csi.dsl.config.CsiConfiguration;
import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.emf.common.util.URI;

/**
 * A user at work on the plans of a project in the editor, step by step from a seed: typing in one
 * file ({@link RandomTyping}), undoing, switching to another file, closing a file without saving,
 * having it re-read from disk, creating and deleting files, changing the project's settings, taking
 * a content assist proposal or a quick fix, formatting, marking occurrences ({@link EditorActions}). Each
 * step reaches the {@link PlanWorkspace} as the editor and the builder hand it over: typing as the
 * edits the document recorded and the text they make ({@link PlanWorkspace#update}), a file read
 * as a whole by {@link PlanWorkspace#setText} or {@link PlanWorkspace#setTexts}.
 */
final class EditingSession {

	private final PlanWorkspace workspace;

	private final Random random;

	private final RandomTyping typing;

	private final EditorActions actions = new EditorActions();

	private final Path folder;

	private final List<Path> files;

	private final Map<Path, String> originals;

	private final Map<Path, String> texts;

	private final Map<Path, Deque<String>> undo = new HashMap<>();

	private final List<CsiConfiguration> configurations;

	private CsiConfiguration configuration;

	private int current;

	private int created;

	/**
	 * The workspace already holds {@code texts}, by the file URIs of their paths, checked with the
	 * first of {@code configurations}; new files are made in {@code folder}.
	 */
	EditingSession(PlanWorkspace workspace, Path folder, Map<Path, String> texts, List<CsiConfiguration> configurations, long seed) {
		this.workspace = workspace;
		this.folder = folder;
		this.random = new Random(seed);
		this.originals = new HashMap<>(texts);
		this.texts = new LinkedHashMap<>(texts);
		this.files = new ArrayList<>(texts.keySet());
		this.configurations = configurations;
		this.configuration = configurations.get(0);
		this.typing = new RandomTyping(random, new ArrayList<>(texts.values()));
	}

	/** The text of every file now, in the order the workspace holds them. */
	Map<Path, String> texts() {
		return texts;
	}

	/** The settings the project is checked with now. */
	CsiConfiguration configuration() {
		return configuration;
	}

	/** The file the user is in. */
	Path currentFile() {
		return files.get(current);
	}

	URI currentUri() {
		return uri(currentFile());
	}

	/** Whether the editor's reconciler checks the file after this step: it does most of the time, and can be cancelled. */
	boolean reconcileNow() {
		return random.nextInt(3) > 0;
	}

	/** After how many questions the reconciler's check is cancelled (the user typed on), or -1 when it is not. */
	int cancelAfter() {
		return random.nextInt(5) == 0 ? random.nextInt(400) : -1;
	}

	/** Does one thing and says what it did. */
	String step() {
		int kind = random.nextInt(200);
		Path file = currentFile();
		String text = texts.get(file);
		if (kind < 16) {
			current = random.nextInt(files.size());
			return "switch to " + name(currentFile());
		}
		if (kind < 40 && !undo(file).isEmpty()) {
			String previous = undo(file).pop();
			TextEdit edit = RandomTyping.difference(text, previous);
			update(file, List.of(edit), previous);
			return "undo in " + name(file) + " (" + edit + ")";
		}
		if (kind < 52 && originals.containsKey(file)) {
			undo(file).clear();
			texts.put(file, originals.get(file));
			workspace.setText(uri(file), originals.get(file));
			return "close " + name(file) + " without saving: the file's text again";
		}
		if (kind < 56) {
			workspace.setTexts(Map.of(uri(file), text), List.of());
			return "re-read " + name(file) + " as a whole";
		}
		if (kind < 59) {
			return createFile();
		}
		if (kind < 61 && files.size() > 2) {
			return deleteFile(file);
		}
		if (kind < 62) {
			return restoreFile();
		}
		if (kind < 64) {
			configuration = configurations.get(random.nextInt(configurations.size()));
			workspace.setConfiguration(configuration);
			return "change the project's settings to " + configuration.severities() + ", reference date " + configuration.referenceDate();
		}
		RandomTyping.Typed typed = null;
		if (kind < 80) {
			typed = askTheEditor(kind, file, text);
			if (typed != null && typed.edits().isEmpty()) {
				return typed.what();
			}
		}
		if (typed == null) {
			typed = typing.change(text);
		}
		undo(file).push(text);
		update(file, typed.edits(), typed.after());
		return "in " + name(file) + ": " + typed.what();
	}

	/** Content assist, a quick fix, format or occurrences: what it changes, or null when it changes nothing. */
	private RandomTyping.Typed askTheEditor(int kind, Path file, String text) {
		int offset = random.nextInt(text.length() + 1);
		if (kind < 70) {
			return actions.contentAssist(workspace, uri(file), text, offset, random);
		}
		if (kind < 76) {
			return actions.quickFix(workspace, uri(file), text, random);
		}
		if (kind < 78) {
			return actions.format(workspace, uri(file), text);
		}
		return new RandomTyping.Typed(actions.occurrences(workspace, uri(file), offset), List.of(), text);
	}

	/**
	 * A new file: a copy of another ("save as"), or its first lines (package and imports) and a
	 * block of lines from further down. It sorts after the others, as the workspace adds it last.
	 */
	private String createFile() {
		Path from = files.get(random.nextInt(files.size()));
		String[] lines = texts.get(from).split("\n", -1);
		String text;
		if (random.nextBoolean()) {
			text = texts.get(from);
		} else {
			int header = Math.min(lines.length, 4);
			int start = random.nextInt(lines.length);
			int end = Math.min(lines.length, start + 1 + random.nextInt(15));
			text = String.join("\n", List.of(lines).subList(0, header)) + "\n" + String.join("\n", List.of(lines).subList(start, end)) + "\n";
		}
		Path file = folder.resolve(String.format("zz-new-%04d.csi", ++created));
		add(file, text);
		return "create " + name(file) + " with " + text.length() + " characters of " + name(from);
	}

	/** A deleted file of the project back, as it was at the start (from version control). */
	private String restoreFile() {
		List<Path> deleted = originals.keySet().stream().filter(file -> !texts.containsKey(file)).sorted().toList();
		if (deleted.isEmpty()) {
			return "switch to " + name(currentFile());
		}
		Path file = deleted.get(random.nextInt(deleted.size()));
		add(file, originals.get(file));
		return "restore " + name(file);
	}

	private void add(Path file, String text) {
		files.add(file);
		texts.put(file, text);
		current = files.size() - 1;
		workspace.setText(uri(file), text);
	}

	private String deleteFile(Path file) {
		files.remove(file);
		texts.remove(file);
		undo(file).clear();
		current = 0;
		workspace.remove(uri(file));
		return "delete " + name(file);
	}

	private void update(Path file, List<TextEdit> edits, String after) {
		texts.put(file, after);
		workspace.update(uri(file), edits, after);
	}

	private Deque<String> undo(Path file) {
		return undo.computeIfAbsent(file, f -> new ArrayDeque<>());
	}

	private String name(Path file) {
		return folder.relativize(file).toString();
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toString());
	}
}
