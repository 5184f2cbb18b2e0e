package org.csi.dsl.tests.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.csi.dsl.ide.edit.TextEdit;
import org.csi.dsl.ide.workspace.PlanWorkspace;
import org.eclipse.emf.common.util.URI;

/**
 * A user at work on the plans of a project in the editor, step by step from a seed: typing in one
 * file ({@link RandomTyping}), undoing, switching to another file, closing a file without saving
 * or having it re-read from disk. Each step reaches the {@link PlanWorkspace} as the editor's
 * reconciler hands it over: the recorded edits and the text they make, through
 * {@link PlanWorkspace#update}; a file re-read as a whole through {@link PlanWorkspace#setText}.
 */
final class EditingSession {

	private final PlanWorkspace workspace;

	private final Random random;

	private final RandomTyping typing;

	private final List<Path> files;

	private final Map<Path, String> originals;

	private final Map<Path, String> texts;

	private final Map<Path, Deque<String>> undo = new LinkedHashMap<>();

	private int current;

	/** The workspace already holds {@code texts}, by the file URIs of their paths. */
	EditingSession(PlanWorkspace workspace, Map<Path, String> texts, long seed) {
		this.workspace = workspace;
		this.random = new Random(seed);
		this.originals = Map.copyOf(texts);
		this.texts = new LinkedHashMap<>(texts);
		this.files = List.copyOf(texts.keySet());
		this.typing = new RandomTyping(random, new ArrayList<>(texts.values()));
		for (Path file : files) {
			undo.put(file, new ArrayDeque<>());
		}
	}

	/** The text of every file now, in the order the workspace holds them. */
	Map<Path, String> texts() {
		return texts;
	}

	/** The file the last step was in. */
	Path currentFile() {
		return files.get(current);
	}

	/** Does one thing and says what it did. */
	String step() {
		int kind = random.nextInt(100);
		Path file = files.get(current);
		String text = texts.get(file);
		if (kind < 8) {
			current = random.nextInt(files.size());
			return "switch to " + files.get(current).getFileName();
		}
		if (kind < 20 && !undo.get(file).isEmpty()) {
			String previous = undo.get(file).pop();
			TextEdit edit = RandomTyping.difference(text, previous);
			update(file, List.of(edit), previous);
			return "undo in " + file.getFileName() + " (" + edit + ")";
		}
		if (kind < 23) {
			undo.get(file).clear();
			texts.put(file, originals.get(file));
			workspace.setText(uri(file), originals.get(file));
			return "close " + file.getFileName() + " without saving: the file's text again";
		}
		if (kind < 25) {
			workspace.setTexts(Map.of(uri(file), text), List.of());
			return "re-read " + file.getFileName() + " as a whole";
		}
		RandomTyping.Typed typed = typing.change(text);
		undo.get(file).push(text);
		update(file, typed.edits(), typed.after());
		return "in " + file.getFileName() + ": " + typed.what();
	}

	private void update(Path file, List<TextEdit> edits, String after) {
		texts.put(file, after);
		workspace.update(uri(file), edits, after);
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toString());
	}
}
