package com.saharamarketing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * File-system helpers for output folders, above all {@link #replaceAtomically}: synthesis writes
 * a fresh sibling folder, and only a complete one replaces {@code cdktf.out}.
 *
 * <p>What Terraform keeps in a stack's working directory ({@code cdktf.out/stacks/<stack>/}) is
 * carried over from the old folder and never deleted: {@code .terraform/} (providers, backend
 * state), {@code .terraform.lock.hcl}, {@code .terraform.tfstate.lock.info} and any {@code
 * *.tfstate*} file. Everything cdktf writes (the JSON, the manifest, assets) comes only from the
 * new synthesis, so assets of removed or changed CSVs do not pile up. The cdktf CLI never cleans
 * the output folder itself (hashicorp/terraform-cdk#636); it only reads {@code manifest.json}
 * after the app exits, so replacing the folder does not fight it.
 */
final class OutputFolders {
  private OutputFolders() {}

  /** Permissions of a file that {@link #writeAtomically} creates: rw-r--r--. */
  static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");

  /**
   * Writes text (UTF-8) to a sibling temporary file and moves it over file in one step. The file
   * keeps the permissions it had; a new file gets {@link #NEW_FILE_PERMISSIONS} (temporary files
   * are created rw-------, which would otherwise replace them).
   */
  static void writeAtomically(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temp, text, java.nio.charset.StandardCharsets.UTF_8);
      if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.exists(target)
            ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Whether a stack-folder entry is Terraform's own and must survive every synthesis. */
  static boolean isTerraformOwned(Path entry) {
    String name = entry.getFileName().toString();
    return name.startsWith(".terraform") || name.contains(".tfstate");
  }

  /**
   * Runs write on a new empty sibling of outdir; when it returns, the sibling replaces outdir
   * (keeping Terraform's files and any top-level entry cdktf does not write). When write throws,
   * the sibling is deleted and outdir is left exactly as it was.
   */
  static void replaceAtomically(Path outdir, Consumer<Path> write) {
    Path target = outdir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    Path fresh;
    try {
      Files.createDirectories(parent);
      fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
      if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
        // Temporary folders are private (rwx------); an output folder is not.
        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder beside " + target, e);
    }
    try {
      write.accept(fresh);
    } catch (RuntimeException | Error e) {
      deleteQuietly(fresh);
      if (!existed) {
        // cdktf's App creates CDKTF_OUTDIR (and its stacks/) when that is set; take back empties.
        deleteEmptyFolders(target);
      }
      throw e;
    }
    try {
      swap(fresh, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target + " with " + fresh
          + " (the new output is left there; the old one is untouched or in a .old- folder beside it)", e);
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    carryOver(old, target);
    deleteKeepingTerraformFiles(old);
  }

  /** Moves Terraform's files and foreign top-level entries from the old output into the new. */
  private static void carryOver(Path old, Path target) throws IOException {
    for (Path entry : list(old)) {
      String name = entry.getFileName().toString();
      if (name.equals("stacks") && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        for (Path stack : list(entry)) {
          if (!Files.isDirectory(stack, LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          for (Path file : list(stack)) {
            if (isTerraformOwned(file)) {
              Path to = target.resolve("stacks").resolve(stack.getFileName()).resolve(file.getFileName());
              Files.createDirectories(to.getParent());
              Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
            }
          }
        }
      } else if (!name.equals("manifest.json") && !Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        Files.move(entry, target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  /**
   * Deletes the old output, refusing to delete anything Terraform owns: should one still be there
   * (a failed move), the folder is left in place and the failure reported.
   */
  private static void deleteKeepingTerraformFiles(Path old) throws IOException {
    List<Path> kept = new ArrayList<>();
    Files.walkFileTree(old, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(old) && isTerraformOwned(dir)) {
          kept.add(dir);
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (isTerraformOwned(file)) {
          kept.add(file);
        } else {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        try (Stream<Path> rest = Files.list(dir)) {
          if (rest.findAny().isEmpty()) {
            Files.delete(dir);
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    if (!kept.isEmpty()) {
      System.err.println("warning: left " + old.getFileName() + " beside the output: it still holds "
          + "Terraform files that could not be moved into the new output: " + kept);
    }
  }

  private static void deleteEmptyFolders(Path dir) {
    try {
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        for (Path child : list(dir)) {
          deleteEmptyFolders(child);
        }
        if (list(dir).isEmpty()) {
          Files.delete(dir);
        }
      }
    } catch (IOException ignored) {
      // Only empty folders were at stake.
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(out::add);
    }
    out.sort(null);
    return out;
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteRecursively(dir);
    } catch (IOException | UncheckedIOException ignored) {
      // A leftover temporary folder beside the output is harmless; the original error matters.
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
