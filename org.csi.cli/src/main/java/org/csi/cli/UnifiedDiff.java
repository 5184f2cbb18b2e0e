package org.csi.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, as {@code diff -u}
 * prints it. Uses Myers' O((N+M)D) algorithm, so files that differ little diff fast whatever
 * their size.
 */
final class UnifiedDiff {

	private static final int CONTEXT = 3;

	private UnifiedDiff() {
	}

	private record Edit(char kind, int a, int b) {
	}

	static String diff(String fromName, String toName, String from, String to) {
		List<String> a = lines(from);
		List<String> b = lines(to);
		List<Edit> edits = edits(a, b);
		StringBuilder out = new StringBuilder();
		out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
		int i = 0;
		while (i < edits.size()) {
			if (edits.get(i).kind() == ' ') {
				i++;
				continue;
			}
			int start = Math.max(0, i - CONTEXT);
			int end = i;
			int lastChange = i;
			while (end < edits.size()) {
				if (edits.get(end).kind() != ' ') {
					lastChange = end;
				} else if (end - lastChange > 2 * CONTEXT) {
					break;
				}
				end++;
			}
			end = Math.min(edits.size(), lastChange + CONTEXT + 1);
			int aStart = -1;
			int bStart = -1;
			int aCount = 0;
			int bCount = 0;
			StringBuilder hunk = new StringBuilder();
			for (int k = start; k < end; k++) {
				Edit edit = edits.get(k);
				if (aStart < 0) {
					aStart = edit.a();
					bStart = edit.b();
				}
				switch (edit.kind()) {
				case ' ' -> {
					hunk.append(' ').append(a.get(edit.a())).append('\n');
					aCount++;
					bCount++;
				}
				case '-' -> {
					hunk.append('-').append(a.get(edit.a())).append('\n');
					aCount++;
				}
				default -> {
					hunk.append('+').append(b.get(edit.b())).append('\n');
					bCount++;
				}
				}
			}
			out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n").append(hunk);
			i = end;
		}
		return out.toString();
	}

	private static String range(int start, int count) {
		return count == 0 ? start + ",0" : (start + 1) + "," + count;
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	/** The shortest edit script, as keep / delete / insert steps in order. */
	private static List<Edit> edits(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int max = n + m;
		int[] v = new int[2 * max + 2];
		List<int[]> trace = new ArrayList<>();
		int found = -1;
		for (int d = 0; d <= max; d++) {
			trace.add(v.clone());
			for (int k = -d; k <= d; k += 2) {
				int x;
				if (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) {
					x = v[max + k + 1];
				} else {
					x = v[max + k - 1] + 1;
				}
				int y = x - k;
				while (x < n && y < m && a.get(x).equals(b.get(y))) {
					x++;
					y++;
				}
				v[max + k] = x;
				if (x >= n && y >= m) {
					found = d;
					break;
				}
			}
			if (found >= 0) {
				break;
			}
		}
		List<Edit> edits = new ArrayList<>();
		int x = n;
		int y = m;
		for (int d = found; d > 0; d--) {
			int[] previous = trace.get(d);
			int k = x - y;
			int previousK = (k == -d || (k != d && previous[max + k - 1] < previous[max + k + 1])) ? k + 1 : k - 1;
			int previousX = previous[max + previousK];
			int previousY = previousX - previousK;
			while (x > previousX && y > previousY) {
				edits.add(new Edit(' ', --x, --y));
			}
			if (x == previousX) {
				edits.add(new Edit('+', x, --y));
			} else {
				edits.add(new Edit('-', --x, y));
			}
		}
		while (x > 0 && y > 0) {
			edits.add(new Edit(' ', --x, --y));
		}
		java.util.Collections.reverse(edits);
		return edits;
	}
}
