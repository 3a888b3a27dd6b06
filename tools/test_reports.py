"""The reports in a real browser: builds the example school with `logboek-examples`, writes every report
of every example case with the built `logboek`, prints each to PDF with headless Chromium, and reads the
PDF back with `pdftotext`: it has pages, holds the expected Dutch headings and facts, and the parents'
report of the anonymous melding (case 2026-019) holds no identifying string of the melder. It prints the evaluation
of example (b) (`logboek evaluate --format html`) the same way. It also records
the PRO8 walk-through (tools/examples/pro8-walkthrough.sh) and renders its three reports, printing the dossier.

The binaries are $LOGBOEK_BIN (and logboek-examples beside it), else .build/debug/. Needs `chromium` and
`pdftotext`/`pdfinfo` (Debian chromium and poppler-utils; tools/setup installs them).
"""
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(os.environ.get("LOGBOEK_BIN") or ROOT / ".build" / "debug" / "logboek")
EXAMPLES_BIN = BIN.parent / "logboek-examples"

# case -> the report kinds printed (each kind once on the anonymous melding, the draft of a case without
# a melding decision, and the longest dossier; the Swift tests render every kind of every case as HTML)
CASES = {"2026-019": ["ouders", "veilig-thuis", "dossier"], "2026-011": ["veilig-thuis"], "2026-014": ["dossier"]}
HEADINGS = {
    "ouders": ["Verslag voor de ouders/verzorgers", "Wat de school heeft vastgelegd", "Vertrouwelijk"],
    "veilig-thuis": ["Melding aan Veilig Thuis", "De melding", "Vertrouwelijk"],
    "dossier": ["Dossier (verslaglegging)", "Overzicht", "Verloop", "Stappen van de meldcode", "Bevindingen", "Bijlage voor de Inspectie",
                "Vertrouwelijk"],
}


# In case 2026-019 the parents' conversation was skipped for Sara's safety and the melding is anonymous: the school judges
# the report safe to share and redacts the two items whose text names staff or Veilig Thuis (its draft lists them).
PROTECTED = ["--safe-to-share", "Het onderzoek is overgenomen.", "--redact", "42", "--reason", "zonder namen",
             "--redact", "43", "--reason", "zonder namen"]
# What must not reach Sara's father from the parents' report unless the school releases it.
PROTECTED_WORDS = ["papa heeft me", "zijn riem", "durf niet", "veilig thuis", "0800-2000", "melding", "ib'er", "intern begeleider",
                   "a. de vries", "s. bakker", "leerkracht", "directeur", "bij haar tante", "hash"]


# English words and jargon no reader of a report should meet (outside the dossier's annex for the Inspectie), as whole
# words: English sentences ("help at seq 36 has its term on"), command names, technical terms, time zones.
FOREIGN_WORDS = ["the", "and", "with", "which", "seq", "help", "term", "due", "parents", "child", "report", "knowledge", "actor", "actoren",
                 "checkpoint", "bewijsregel", "cliënt", "CET", "CEST", "hash", "logboek report", "report ouders", "case show", "profile",
                 "klimtoren", "basismodel", "pro8"]
ANNEX = "Bijlage voor de Inspectie"
# Slugs that are also the Dutch word a reader expects.
DUTCH_SLUGS = {"e-mail"}


def slugs():
    """The hyphenated slugs of every fixed value in the event schemas (e.g. strong-suspicion), which no report shows."""
    found = set()

    def walk(value):
        if isinstance(value, dict):
            for key, member in value.items():
                if key == "enum":
                    found.update(v for v in member if isinstance(v, str) and "-" in v)
                else:
                    walk(member)
        elif isinstance(value, list):
            for member in value:
                walk(member)
    for schema in (ROOT / "Schemas" / "events").glob("*.schema.json"):
        walk(json.loads(schema.read_text(encoding="utf-8")))
    return found


def foreign_words(text):
    """The English, jargon and slug words a report's text holds (before the dossier's annex), and seed line references."""
    text = text.split(ANNEX)[0]
    words = FOREIGN_WORDS + sorted(slugs() - DUTCH_SLUGS)
    found = [w for w in words if re.search(r"(?<![\w@.-])" + re.escape(w) + r"(?![\w-])", text)]
    found += re.findall(r"\b00[0-4] r\. \d+", text)
    return found


def visible(html):
    """The text a reader sees in an HTML report."""
    text = re.sub(r"<style[\s\S]*?</style>", " ", html)
    return normalise(re.sub(r"<[^>]+>", " ", text).replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&"))


# A case like seed 003's (l.316-328): the father threatens the IB'er, who makes the melding anonymously towards the
# family; a classmate's mother (a named third party) told the school what her child saw.
SEED_003 = [
    ("signal.recorded", {"description": "Vader zegt bij het ophalen tegen de IB'er: 'Als jullie instanties op ons afsturen, weet ik je te vinden.'",
                         "observedOn": "2026-11-12", "kind": "observation", "stance": "supports", "source": {"kind": "self"}}),
    ("signal.recorded", {"description": "Mevrouw Yildiz vertelt dat haar dochter Elif zag dat Noah een blauwe plek op zijn wang had.",
                         "observedOn": "2026-11-12", "kind": "fact", "stance": "supports",
                         "source": {"kind": "third-party", "party": "mevrouw Yildiz, moeder van klasgenote Elif", "date": "2026-11-12"}}),
    ("signal.recorded", {"description": "Noah zegt: 'Ik mag niks zeggen van papa.'", "observedOn": "2026-11-12", "kind": "child-words",
                         "stance": "supports", "source": {"kind": "self"}}),
    ("signal.recorded", {"description": "Noah kwam drie dagen zonder ontbijt op school; juf Bakker zag het elke ochtend.",
                         "observedOn": "2026-11-12", "kind": "observation", "stance": "supports", "source": {"kind": "self"}}),
    ("consultation.held", {"kind": "colleague", "heldOn": "2026-11-13", "participants": ["ib.devries", "lk.bakker"], "anonymous": False,
                           "advice": "Signalen verder in kaart brengen; Veilig Thuis om advies vragen."}),
    ("conversation.skipped", {"skippedOn": "2026-11-13", "with": "parents", "reason": "safety-professional",
                              "explanation": "Vader heeft de IB'er bedreigd; een gesprek kan haar in gevaar brengen."}),
    ("melding.made", {"veiligThuis": "Veilig Thuis IJsselland", "madeBy": "ib.devries", "madeOn": "2026-11-13", "anonymous": True,
                      "anonymityReason": "threat-to-professional", "facts": [], "schoolContinues": "De school volgt Noah."}),
]
SEED_003_WORDS = ["ib'er", "intern begeleider", "a. de vries", "de vries", "ib.devries", "bakker", "yildiz", "elif", "klasgenote",
                  "veilig thuis", "melding", "ik mag niks zeggen", "hash"]


def record_seed_003(logbook):
    """Records the seed-003-like case 2026-031 in the example school as its IB'er; returns the seqs of its signals."""
    ib = ("--as", "ib.devries", "--logbook", logbook)
    run(BIN, "case", "open", "2026-031", "--child-ref", "LL-31", "--child-name", "Noah Kramer", "--birth-date", "2016-04-02",
        "--reason", "Zorgen over Noah na een bedreiging door vader.", "--opened-on", "2026-11-12", *ib, passphrase="ib-geheim-123")
    signals = []
    for kind, payload in SEED_003:
        if kind == "melding.made":
            payload = dict(payload, facts=signals[:1])
        path = pathlib.Path(logbook).parent / "payload.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        made = json.loads(run(BIN, "record", kind, "--case", "2026-031", "--payload", path, "--json", *ib, passphrase="ib-geheim-123"))
        if kind == "signal.recorded":
            signals.append(made["seq"])
    return signals


def run(*arguments, expect=0, passphrase=None):
    environment = dict(os.environ, LOGBOEK_PASSPHRASE=passphrase) if passphrase else None
    result = subprocess.run([str(a) for a in arguments], capture_output=True, text=True, timeout=120, env=environment)
    if result.returncode != expect:
        raise AssertionError("%s exited %d: %s" % (arguments, result.returncode, result.stderr))
    return result.stdout


def print_to_pdf(html, pdf):
    """Prints an HTML file to PDF with headless Chromium (no browser header or footer: the report has its own)."""
    profile = tempfile.mkdtemp(prefix="logboek-chromium-")
    try:
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile,
            "--print-to-pdf=" + str(pdf), html.as_uri())
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def normalise(text):
    return re.sub(r"\s+", " ", text)


@unittest.skipUnless(shutil.which("chromium") and shutil.which("pdftotext"), "chromium and poppler-utils are not installed (tools/setup)")
class ReportPDFTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = pathlib.Path(tempfile.mkdtemp(prefix="logboek-reports-"))
        cls.logbook = cls.folder / "klimtoren"
        run(EXAMPLES_BIN, cls.logbook, "--examples", ROOT / "tools" / "examples")
        cls.actors = {a["id"]: a for a in json.loads(run(BIN, "actor", "list", "--json", "--logbook", cls.logbook))}
        jobs = []
        for case, kinds in CASES.items():
            for kind in kinds:
                html = cls.folder / ("%s-%s.html" % (case, kind))
                draft = ["--draft"] if kind == "veilig-thuis" and case == "2026-011" else []
                safe = PROTECTED if kind == "ouders" and case == "2026-019" else []
                run(BIN, "report", kind, "--case", case, "--out", html, "--logbook", cls.logbook, *draft, *safe,
                    "--as", "ib.devries", passphrase="ib-geheim-123")
                jobs.append(html)
        evaluation = cls.folder / "2026-014-evaluatie.html"
        run(BIN, "evaluate", "--case", "2026-014", "--format", "html", "--out", evaluation, "--logbook", cls.logbook,
            "--as", "ib.devries", passphrase="ib-geheim-123")
        jobs.append(evaluation)
        cls.pro8 = cls.folder / "pro8"
        environment = dict(os.environ, PATH="%s:%s" % (BIN.parent, os.environ.get("PATH", "")),
                           LOGBOEK_PASSPHRASE="pro8-geheim-1", LOGBOEK_NEW_PASSPHRASE="pro8-geheim-1")
        environment.pop("LOGBOEK_DIR", None)
        subprocess.run(["bash", str(ROOT / "tools" / "examples" / "pro8-walkthrough.sh"), str(cls.pro8)], check=True,
                       capture_output=True, env=environment, timeout=300)
        for kind in HEADINGS:
            run(BIN, "report", kind, "--case", "2026-014", "--out", cls.folder / ("pro8-%s.html" % kind), "--logbook", cls.pro8,
                "--as", "ib.bos", passphrase="pro8-geheim-1")
        jobs.append(cls.folder / "pro8-dossier.html")
        record_seed_003(cls.logbook)
        draft = json.loads(run(BIN, "report", "ouders", "--case", "2026-031", "--draft", "--format", "json", "--logbook", cls.logbook,
                               "--safe-to-share", "Het onderzoek is afgerond.", "--as", "ib.devries", passphrase="ib-geheim-123"))
        pending = [int(re.match(r"#(\d+)", f["label"]).group(1)) for f in draft["sections"][-1]["facts"]
                   if f["value"]["text"].startswith("wacht op een besluit")]
        cls.seed003 = {suffix: cls.folder / ("2026-031-ouders.%s" % suffix) for suffix in ("html", "json", "bundle")}
        decided = ["--safe-to-share", "Het onderzoek is afgerond."] + [a for seq in pending for a in ("--redact", str(seq), "--reason", "zonder namen")]
        run(BIN, "report", "ouders", "--case", "2026-031", "--out", cls.seed003["html"], "--bundle", cls.seed003["bundle"], "--logbook",
            cls.logbook, *decided, "--issue-to", "ouders van Noah", "--as", "dir.jansen", passphrase="directeur-geheim")
        run(BIN, "report", "ouders", "--case", "2026-031", "--out", cls.seed003["json"], "--format", "json", "--logbook", cls.logbook,
            *decided, "--as", "ib.devries", passphrase="ib-geheim-123")
        jobs.append(cls.seed003["html"])
        cls.every = []
        for case in ("2026-011", "2026-014", "2026-019"):
            for kind in ("ouders", "veilig-thuis", "dossier", "evaluatie"):
                html = cls.folder / ("every-%s-%s.html" % (case, kind))
                extra = PROTECTED if kind == "ouders" and case == "2026-019" else ["--draft"] if kind == "veilig-thuis" and case == "2026-011" else []
                run(BIN, "report", kind, "--case", case, "--out", html, "--logbook", cls.logbook, *extra, "--as", "ib.devries",
                    passphrase="ib-geheim-123")
                cls.every.append(html)
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            list(pool.map(lambda html: print_to_pdf(html, html.with_suffix(".pdf")), jobs))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.folder, ignore_errors=True)

    def text(self, case, kind):
        return normalise(run("pdftotext", "-layout", self.folder / ("%s-%s.pdf" % (case, kind)), "-"))

    def pages(self, case, kind):
        info = run("pdfinfo", self.folder / ("%s-%s.pdf" % (case, kind)))
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))

    def test_every_report_prints_with_its_headings_and_the_case(self):
        for case, kinds in CASES.items():
            for kind in kinds:
                with self.subTest(case=case, kind=kind):
                    self.assertGreaterEqual(self.pages(case, kind), 1)
                    text = self.text(case, kind)
                    for heading in HEADINGS[kind]:
                        self.assertIn(heading, text)
                    self.assertIn("Dossier %s" % case, text)
                    self.assertRegex(text, r"pagina 1 van \d+")

    def test_reports_hold_the_facts(self):
        self.assertIn("Sara El Idrissi", self.text("2026-019", "ouders"))
        self.assertIn("Papa heeft me gisteravond met zijn riem geslagen", self.text("2026-019", "veilig-thuis"))
        self.assertIn("Veilig Thuis IJsselland", self.text("2026-019", "veilig-thuis"))
        self.assertIn("16 november 2026", self.text("2026-019", "dossier"))
        self.assertIn("CONCEPT", self.text("2026-011", "veilig-thuis"))
        self.assertNotIn("CONCEPT", self.text("2026-019", "veilig-thuis"))

    def test_the_evaluation_of_example_b_prints_decision_by_decision(self):
        self.assertGreaterEqual(self.pages("2026-014", "evaluatie"), 1)
        text = self.text("2026-014", "evaluatie")
        for expected in ["Evaluatie, besluit voor besluit", "Over deze evaluatie", "Tijdlijn in dagen", "Lang na de feiten vastgelegd",
                         "Besluit 1 — 18 september 2026: weging (afwegingskader)", "Besluit 8 — 3 november 2026: melding bij Veilig Thuis",
                         "Van het eerste signaal tot de melding bij Veilig Thuis: 55 dagen.", "9 september 2026, dag 0",
                         "Over tijd op die dag", "Wist nog niet, terwijl het logboek het al had", "Besloten door M. Jansen (directeur)",
                         "Daan Kuipers", "Dossier 2026-014", "Vertrouwelijk"]:
            with self.subTest(expected=expected):
                self.assertIn(expected, text)
        self.assertRegex(text, r"pagina 1 van \d+")
        self.assertNotIn("seq ", text)

    def test_the_pro8_walkthrough_renders_all_three_reports(self):
        for kind, headings in HEADINGS.items():
            with self.subTest(kind=kind):
                html = (self.folder / ("pro8-%s.html" % kind)).read_text(encoding="utf-8")
                for heading in headings:
                    self.assertIn(heading, html)
                self.assertIn("Daan Jansen", html)
        text = normalise(run("pdftotext", "-layout", self.folder / "pro8-dossier.pdf", "-"))
        self.assertIn("PRO8 praktijkonderwijs", text)
        self.assertIn("Veilig Thuis Rotterdam Rijnmond", text)

    def test_the_parents_pdf_of_the_anonymous_melding_names_no_melder(self):
        melder = self.actors["dir.jansen"]
        needles = [melder["id"], melder["name"], melder["name"].split()[-1], "MJ"] + melder["roles"]
        parents = self.text("2026-019", "ouders").lower()
        dossier = self.text("2026-019", "dossier").lower()
        for needle in needles:
            with self.subTest(needle=needle):
                self.assertNotIn(needle.lower(), parents)
        self.assertIn(melder["name"].lower(), dossier)
        self.assertIn("de school", parents)

    def test_the_parents_pdf_holds_no_reason_that_talking_with_them_was_unsafe(self):
        parents = self.text("2026-019", "ouders").lower()
        dossier = self.text("2026-019", "dossier").lower()
        self.assertIn("pleger", dossier)
        self.assertNotIn("pleger", parents)

    def test_no_document_holds_english_jargon_slugs_or_seed_lines(self):
        for html in self.every + [self.folder / ("pro8-%s.html" % kind) for kind in HEADINGS]:
            with self.subTest(report=html.name):
                self.assertEqual(foreign_words(visible(html.read_text(encoding="utf-8"))), [])
        for case, kinds in CASES.items():
            for kind in kinds:
                with self.subTest(pdf="%s-%s" % (case, kind)):
                    self.assertEqual(foreign_words(self.text(case, kind)), [])

    def test_the_word_check_finds_what_it_looks_for(self):
        self.assertEqual(foreign_words("De help at seq 36 has its term on 3 oktober (CET); strong-suspicion; 001 r. 374"),
                         ["seq", "help", "term", "CET", "strong-suspicion", "001 r. 374"])
        self.assertEqual(foreign_words("Hulp met een termijn, om 14.00 uur. " + ANNEX + ": hash"), [])

    def test_the_seed_003_parents_report_holds_nothing_protected_in_any_form(self):
        forms = {"pdf": self.text("2026-031", "ouders").lower()}
        forms.update({suffix: path.read_text(encoding="utf-8").lower() for suffix, path in self.seed003.items()})
        forms["html"] = re.sub(r"<style[\s\S]*?</style>", "", forms["html"])
        for form, text in forms.items():
            for needle in SEED_003_WORDS:
                with self.subTest(form=form, needle=needle):
                    self.assertNotIn(needle, text)
            self.assertNotRegex(text, r"(?<!&)#\d", form)
        self.assertIn("zonder ontbijt", forms["pdf"])
        self.assertEqual(json.loads(self.seed003["bundle"].read_text(encoding="utf-8"))["events"], [])

    def test_the_parents_pdf_holds_nothing_protected_and_no_seq(self):
        parents = self.text("2026-019", "ouders").lower()
        for needle in PROTECTED_WORDS:
            with self.subTest(needle=needle):
                self.assertNotIn(needle, parents)
        self.assertNotRegex(parents, r"#\d")
        self.assertIn("in het kort", parents)
        self.assertIn("artikel 16 avg", parents)


if __name__ == "__main__":
    unittest.main()
