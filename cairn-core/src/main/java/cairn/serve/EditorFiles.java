package cairn.serve;

import java.util.regex.Pattern;

/**
 * The files editors write next to the ones being edited and delete again: swap files,
 * backups, lock files, atomic-save temporaries. A change to one of them is not a change
 * to the site, so it neither triggers a rebuild nor shows in the "Rebuilt (…)" line.
 */
final class EditorFiles {

    private static final Pattern TEMPORARY = Pattern.compile(String.join("|",
            "\\..*",                         // hidden files: .x.swp, .#x (Emacs locks), .DS_Store
            ".*~",                           // backups: x~ (Emacs, gedit, vim's backupext)
            ".*\\.(swp|swx|swo|kate-swp|tmp|bak|orig|crswap)",
            "#.*#",                          // Emacs auto-save: #x#
            "4913",                          // vim's probe that the directory is writable
            ".*___jb_(tmp|old|bak)___",      // JetBrains safe write
            "sed[A-Za-z0-9]{6}"));           // sed -i's temporary file

    private EditorFiles() {
    }

    /** Whether {@code name} (a file name, not a path) is an editor's temporary or backup file. */
    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }
}
