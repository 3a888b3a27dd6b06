#!/usr/bin/env python3
"""The repository is complete in itself, and its front door stays a front door.

No file (outside .git and .build) points to design notes kept outside the repository, by their outside names or
by a path leading out of it; README.md stays short; and every relative link in README.md and docs/ leads to a
file that exists and, with an anchor, to a heading in it.
"""
import pathlib
import re
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SKIPPED_FOLDERS = {".git", ".build"}
# Spelled in parts, so this file does not name them itself.
OUTSIDE_NAMES = [".." + "/shared", "DESIGN" + ".md", "MELDCODE" + ".md", "STYLE" + ".md"]
README_LINE_LIMIT = 320
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)


def repository_files(root=ROOT):
    """Every file of the working tree, outside the folders git and the build keep."""
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if relative.parts and relative.parts[0] in SKIPPED_FOLDERS:
            continue
        if path.is_file() and not path.is_symlink():
            yield path


def outside_mentions(root=ROOT):
    """Each file that names something outside the repository, with the name."""
    found = []
    for path in repository_files(root):
        content = path.read_bytes()
        found += ["%s names %s" % (path.relative_to(root), name) for name in OUTSIDE_NAMES if name.encode() in content]
    return found


def slug(heading):
    """The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces as hyphens."""
    text = heading.strip().lower()
    text = "".join(character for character in text if character.isalnum() or character in " -_")
    return text.replace(" ", "-")


def anchors(markdown):
    return {slug(heading) for heading in HEADING.findall(markdown)}


def broken_links(document, root=ROOT):
    """The relative links of a Markdown file that lead nowhere, each with why."""
    text = document.read_text(encoding="utf-8")
    problems = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (document.parent / path).resolve() if path else document
        if not linked.exists():
            problems.append("%s: no file %s" % (document.relative_to(root), target))
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked.read_text(encoding="utf-8")):
            problems.append("%s: no heading #%s in %s" % (document.relative_to(root), anchor, path or document.name))
    return problems


class RepositoryDocumentsTests(unittest.TestCase):
    def test_no_file_points_outside_the_repository(self):
        self.assertEqual(outside_mentions(), [], "say it in the repository's own words, or point into docs/")

    def test_an_outside_name_is_found_but_not_in_the_build_folders(self):
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            (root / "docs").mkdir()
            (root / ".build").mkdir()
            (root / "docs" / "notes.md").write_text("as " + OUTSIDE_NAMES[1] + " says", encoding="utf-8")
            (root / ".build" / "copy.md").write_text(OUTSIDE_NAMES[0], encoding="utf-8")
            self.assertEqual(outside_mentions(root), ["docs/notes.md names " + OUTSIDE_NAMES[1]])

    def test_readme_is_a_front_door(self):
        lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
        self.assertLess(lines, README_LINE_LIMIT, "README.md has %d lines: move detail into docs/" % lines)
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        self.assertLess(text.index("tools/demo"), text.index("## "), "tools/demo and tools/test come first")
        self.assertLess(text.index("tools/test"), text.index("## "), "tools/demo and tools/test come first")

    def test_links_lead_to_files_and_headings_that_exist(self):
        documents = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
        problems = [problem for document in documents for problem in broken_links(document)]
        self.assertEqual(problems, [])

    def test_a_broken_link_is_found(self):
        with tempfile.TemporaryDirectory() as folder:
            root = pathlib.Path(folder)
            page = root / "page.md"
            page.write_text("# Here\n[gone](NOWHERE.md) [here](#here) [not here](#elsewhere) [web](https://example.org)\n",
                            encoding="utf-8")
            self.assertEqual(broken_links(page, root), [
                "page.md: no file NOWHERE.md",
                "page.md: no heading #elsewhere in page.md",
            ])


if __name__ == "__main__":
    unittest.main()
