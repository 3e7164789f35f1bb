#!/usr/bin/env python3
"""Writes atelier(1) in roff from `atelier --help` (the verb table's help), so the man page lists every verb there is.

usage: make-manpage.py ATELIER_BINARY OUT.1 [VERSION]
Run by the build (target atelier_manpage); the help is taken in English whatever the desktop's language.
"""
import os
import re
import subprocess
import sys
import tempfile


def roff(text):
    """Escapes plain text for roff: backslashes, hyphens (so they stay ASCII hyphens) and leading dots."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = text.replace("\u2026", "...").replace("\u2014", "\\(em").replace("\u2019", "'")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def main():
    binary, out = sys.argv[1], sys.argv[2]
    version = sys.argv[3] if len(sys.argv) > 3 else ""
    env = dict(os.environ)
    # English help, whatever this desktop's saved language: a private settings folder and the C locale.
    home = tempfile.mkdtemp(prefix="atelier-manpage-")
    env.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": "", "XDG_CONFIG_HOME": home, "HOME": home,
                "QT_QPA_PLATFORM": "offscreen"})
    help_text = subprocess.run([binary, "--help"], env=env, check=True, capture_output=True, text=True).stdout
    lines = help_text.splitlines()

    sections = {"intro": [], "options": [], "verbs": [], "outro": []}
    part = "intro"
    for line in lines:
        if line.startswith("Options:"):
            part = "options"
            continue
        if line.startswith("Verbs"):
            part = "verbs"
            continue
        if part == "verbs" and line and not line.startswith(" "):
            part = "outro"
        sections[part].append(line)

    usage = [l.replace("Usage:", "").strip() for l in sections["intro"] if l.startswith(("Usage:", "       "))]
    description = [l for l in sections["intro"] if l and not l.startswith(("Usage:", "       "))]

    page = []
    page.append('.TH ATELIER 1 "" "Atelier %s" "User Commands"' % roff(version))
    page.append(".SH NAME")
    page.append("atelier \\- operations console for analytics, AI images and collaboration")
    page.append(".SH SYNOPSIS")
    for i, u in enumerate(usage):
        if i:
            page.append(".br")
        words = u.split(" ", 1)
        page.append(".B %s" % roff(words[0]))
        if len(words) > 1:
            page.append(roff(words[1]))
    page.append(".SH DESCRIPTION")
    page.append(roff(" ".join(description)))
    page.append(".PP")
    page.append("Each verb prints its own options with")
    page.append(".BR \"atelier VERB \\-\\-help\" .")

    page.append(".SH OPTIONS")
    for line in sections["options"]:
        if not line.strip():
            continue
        m = re.match(r"^  (-\S+(?: [A-Z]\S*)?)\s{2,}(.*)$", line)
        if m:
            page.append(".TP")
            page.append(".B %s" % roff(m.group(1)))
            page.append(roff(m.group(2)))
        else:
            page.append(roff(line.strip()))

    page.append(".SH VERBS")
    usage_words = []  # a verb's usage, over one or more lines of the help
    for line in sections["verbs"]:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 6:  # what the verb does
            if usage_words:
                page.append(".TP")
                page.append(".B %s" % ('"' + roff(" ".join(usage_words)).replace('"', "\\(dq") + '"'))
                usage_words = []
            page.append(roff(line.strip()))
        elif indent == 2:
            usage_words = [line.strip()]
        else:  # the rest of a long usage
            usage_words.append(line.strip())

    outro = [l.strip() for l in sections["outro"] if l.strip()]
    exit_line = [l for l in outro if l.startswith("Exit codes")]
    notes = [l for l in outro if not l.startswith("Exit codes")]
    if notes:
        page.append(".PP")
        page.append(roff(" ".join(notes)))
    page.append(".SH EXIT STATUS")
    page.append(roff(exit_line[0] if exit_line else "0 success, 1 failure, 2 bad usage."))
    page.append(".SH ENVIRONMENT")
    page.append(".TP")
    page.append(".B ATELIER_DATABASE_URL")
    page.append("The database when \\fB\\-\\-database\\fR is not given (before the one saved in the settings).")
    page.append(".TP")
    page.append(".B ATELIER_PSEUDO_LANGUAGE")
    page.append("Set to 1 to offer the pseudo\\-language in the settings (finding untranslated or cut text).")
    page.append(".SH FILES")
    page.append(".TP")
    page.append(".I ~/.config/Atelier/Atelier.conf")
    page.append("The settings: database, language, theme, the window's size and last page.")
    page.append(".TP")
    page.append(".I /usr/lib/systemd/user/atelier\\-workflow\\-runner.service")
    page.append("A systemd user unit that runs the workflow runner headless; set its database, then")
    page.append(".BR \"systemctl \\-\\-user enable \\-\\-now atelier\\-workflow\\-runner\" .")
    page.append(".TP")
    page.append(".I /usr/share/doc/atelier/")
    page.append("The documentation (Help \\(-> Documentation in the console).")
    page.append(".SH SEE ALSO")
    page.append(".BR psql (1),")
    page.append(".BR systemctl (1)")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
