package org.csi.headless;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's content in one step: the bytes go to a temporary file in the same folder,
 * which is then renamed over the target. A crash or a full disk leaves either the old file or
 * the new one, never half of one. The new file keeps the old one's permissions (or gets
 * rw-r--r-- when it is new).
 */
public final class AtomicFiles {

	private static final Set<PosixFilePermission> DEFAULT = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temporary, bytes);
			if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
				Set<PosixFilePermission> permissions = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
						&& !Files.isSymbolicLink(target) ? Files.getPosixFilePermissions(target) : DEFAULT;
				Files.setPosixFilePermissions(temporary, permissions);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
