"""The web application in a real browser: Debian's Chromium driven through Selenium (chromedriver), finding fields by
their Dutch labels as a person would. On the example school (built with `logboek-examples`) a teacher opens a case and
records two signals, one with the child's own words; the IB'er sees it on the overview and records a consultation and
a conversation; the director records the weighing and the decision to make a melding, and sets a checkpoint; the IB'er
makes the Veilig Thuis report and downloads it with its evidence bundle, which `logboek bundle verify` accepts. A
teacher who is not a member gets no content; sign-out and the idle time-out drop the sign-in; a forged CSRF token, a
foreign Origin and a wrong Host are refused. Then the same sign-in and recording through nginx with TLS on loopback
(a self-signed certificate made for the test): the cookie is `__Host-` and Secure.

Run with Debian's Python (`/usr/bin/python3 tools/browser_test.py`), which has python3-selenium; tools/setup installs
chromium, chromium-driver, python3-selenium and nginx. Screenshots go to $LOGBOEK_SCREENSHOTS when it is set.
"""
import hashlib
import json
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(os.environ.get("LOGBOEK_BIN") or ROOT / ".build" / "debug" / "logboek")
EXAMPLES_BIN = BIN.parent / "logboek-examples"
SHOTS = os.environ.get("LOGBOEK_SCREENSHOTS")
PASS = {"dir.jansen": "directeur-geheim", "ib.devries": "ib-geheim-123", "lk.bakker": "bakker-geheim", "lk.visser": "visser-geheim",
        "smw.pieters": "pieters-geheim"}
CASE = "2026-031"


def literal(text):
    """The text as an XPath string literal."""
    if '"' not in text:
        return '"%s"' % text
    return "concat(%s)" % ", '\"', ".join('"%s"' % part for part in text.split('"'))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(logbook, port, *extra):
    log = logbook.parent / ("serve-%d.log" % port)
    with open(log, "wb") as output:
        process = subprocess.Popen([str(BIN), "serve", "--logbook", str(logbook), "--listen", "127.0.0.1:%d" % port, *extra],
                                   stdout=subprocess.DEVNULL, stderr=output)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    process.wait()
    raise AssertionError("logboek serve did not start: %s" % log.read_text())


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1400", "--ignore-certificate-errors",
                     "--lang=nl-NL"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def gone(element):
    """Whether an element left the page (a new page loaded): ChromeDriver calls an element of an unloaded page stale, no
    longer finds it, or (while the new page loads) says its node "does not belong to the document"."""
    try:
        element.is_enabled()
        return False
    except (StaleElementReferenceException, NoSuchElementException):
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


class Person:
    """One browser, used as a person would: by the labels on the page."""

    def __init__(self, driver, base):
        self.driver, self.base = driver, base

    def go(self, path):
        self.driver.get(self.base + path)

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def field(self, label):
        element = self.driver.find_element(By.XPATH, "//label[normalize-space(text()[1])=%s]" % literal(label))
        return self.driver.find_element(By.ID, element.get_attribute("for"))

    def fill(self, label, value):
        field = self.field(label)
        if field.get_attribute("type") == "date":
            self.driver.execute_script("arguments[0].value = arguments[1]", field, value)
        else:
            field.clear()
            field.send_keys(value)

    def choose(self, label, option):
        Select(self.field(label)).select_by_visible_text(option)

    def tick(self, legend, option):
        box = self.driver.find_element(By.XPATH, "//fieldset[legend[normalize-space(text()[1])=%s]]//label[contains(normalize-space(.), %s)]/input"
                                       % (literal(legend), literal(option)))
        if not box.is_selected():
            box.click()

    def press(self, text):
        """Presses the button with this text, else follows the link with it (within the page's content, not the menu)."""
        buttons = self.driver.find_elements(By.XPATH, "//button[normalize-space(.)=%s]" % literal(text))
        page = self.driver.find_element(By.TAG_NAME, "html")
        (buttons or self.driver.find_elements(By.XPATH, "//main//a[normalize-space(.)=%s]" % literal(text)))[0].click()
        WebDriverWait(self.driver, 20).until(lambda _: gone(page))

    def sign_in(self, actor):
        self.go("/aanmelden")
        self.fill("Gebruikersnaam", actor)
        self.fill("Wachtwoordzin", PASS[actor])
        self.press("Aanmelden")
        assert "Aangemeld als %s" % actor in self.text(), self.text()

    def sign_out(self):
        self.press("Afmelden")

    def record(self, case, kind, fill):
        self.go("/dossier/%s/vastleggen" % case)
        self.press(kind)
        fill(self)
        self.press("Controleren")
        self.press("Vastleggen")
        assert "Vastgelegd als #" in self.text(), self.text()

    def shot(self, name):
        if SHOTS:
            self.driver.save_screenshot(os.path.join(SHOTS, name))

    def cookies(self):
        return "; ".join("%s=%s" % (c["name"], c["value"]) for c in self.driver.get_cookies())

    def fetch(self, path):
        request = urllib.request.Request(self.base + path, headers={"Cookie": self.cookies(), "Host": self.base.split("//")[1]})
        with urllib.request.urlopen(request) as response:
            return response.read()


def raw(port, request):
    """Sends raw bytes and returns the status code and the body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), head.decode(), body.decode("utf-8", "replace")


@unittest.skipUnless(shutil.which("chromium") and os.path.exists("/usr/bin/chromedriver"), "chromium and chromium-driver are not installed (tools/setup)")
class BrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = pathlib.Path(tempfile.mkdtemp(prefix="logboek-web-"))
        cls.logbook = cls.folder / "klimtoren"
        subprocess.run([str(EXAMPLES_BIN), str(cls.logbook), "--examples", str(ROOT / "tools" / "examples")], check=True, capture_output=True)
        cls.port = free_port()
        cls.server = serve(cls.logbook, cls.port)
        cls.driver = browser()
        cls.base = "http://127.0.0.1:%d" % cls.port

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.kill()
        cls.server.wait()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def person(self):
        self.driver.delete_all_cookies()
        return Person(self.driver, self.base)

    def test_1_the_meldcode_in_the_browser(self):
        teacher = self.person()
        teacher.sign_in("lk.bakker")
        teacher.go("/dossier-openen")
        teacher.fill("Dossiernummer", CASE)
        teacher.fill("Leerlingnummer of interne referentie", "LL-4471")
        teacher.fill("Naam van het kind", "Mila Jansen")
        teacher.fill("Geboortedatum", "2018-04-02")
        teacher.fill("Groep of locatie", "groep 4")
        teacher.fill("Reden van openen", "Mila heeft blauwe plekken op haar bovenarm.")
        teacher.fill("Datum van openen", "2026-12-01")
        teacher.press("Dossier openen")
        self.assertIn("Dossier %s: Mila Jansen" % CASE, teacher.text())

        teacher.go("/dossier/%s/vastleggen/signal.recorded" % CASE)
        teacher.press("Controleren")
        self.assertIn("Er is een probleem", teacher.text())
        self.assertIn("Fout: Vul dit veld in.", teacher.text())
        self.assertIn("Feitelijke beschrijving: Vul dit veld in.", teacher.text())
        self.assertTrue(teacher.driver.title.startswith("Fout:"))
        teacher.shot("vastleggen-met-fout.png")

        def first_signal(person):
            person.fill("Feitelijke beschrijving", "Vier blauwe plekken op de linker bovenarm, in een rij.")
            person.fill("Datum van waarneming", "2026-12-01")
            person.choose("Soort signaal", "waarneming")
            person.choose("Bevestigt of ontkracht", "bevestigt het vermoeden")
            person.choose("Bron", "eigen waarneming")

        def child_words(person):
            person.fill("Feitelijke beschrijving", "Mila zegt: 'Papa knijpt als hij boos is.'")
            person.fill("Datum van waarneming", "2026-12-02")
            person.choose("Soort signaal", "eigen woorden van het kind")
            person.choose("Bevestigt of ontkracht", "bevestigt het vermoeden")
            person.choose("Bron", "eigen waarneming")

        teacher.record(CASE, "Signaal vastgelegd", first_signal)
        teacher.record(CASE, "Signaal vastgelegd", child_words)
        self.assertIn("Papa knijpt", teacher.text())
        teacher.sign_out()
        self.assertIn("U bent afgemeld", teacher.text())

        ib = self.person()
        ib.sign_in("ib.devries")
        self.assertIn(CASE, ib.text())
        self.assertIn("Mila Jansen", ib.text())
        ib.shot("overzicht.png")

        def consultation(person):
            person.choose("Soort consultatie", "intern begeleider (IB'er)")
            person.fill("Datum", "2026-12-02")
            person.choose("Gezin zonder namen besproken", "nee")
            person.tick("Besproken signalen", "Papa knijpt")
            person.fill("Advies", "Gesprek met moeder voeren; de weging met de directeur maken.")

        def conversation(person):
            person.choose("Gesprek met", "de ouders/verzorgers")
            person.fill("Datum", "2026-12-03")
            person.choose("Doel uitgelegd", "ja")
            person.fill("Reactie", "Moeder schrikt en zegt dat vader het moeilijk heeft sinds hij zijn werk verloor.")

        ib.record(CASE, "Collegiale consultatie", consultation)
        ib.record(CASE, "Gesprek met kind of ouders", conversation)
        ib.sign_out()

        director = self.person()
        director.sign_in("dir.jansen")

        def weighing(person):
            person.fill("Datum", "2026-12-04")
            person.choose("Afweging 1: vermoeden", "sterk vermoeden")
            person.choose("Afweging 2: veiligheid", "structurele onveiligheid")
            person.fill("Onderbouwing", "Herhaald letsel en de woorden van Mila; de spanning thuis houdt aan.")

        def decision(person):
            person.choose("Vraag", "wordt er gemeld bij Veilig Thuis?")
            person.choose("Antwoord", "ja")
            person.fill("Datum", "2026-12-04")
            person.tick("Besloten door", "M. Jansen")
            person.choose("Meldnorm", "A: acute en/of structurele onveiligheid")
            person.fill("Onderbouwing", "Structurele onveiligheid: melden (meldnorm A).")

        director.record(CASE, "Weging (afwegingskader)", weighing)
        director.record(CASE, "Besluit", decision)
        director.go("/dossier/%s/toegang" % CASE)
        director.press("Toegang geven")

        def grant(person):
            person.choose("Toegang voor", "J. Pieters (schoolmaatschappelijk werker)")
            person.fill("Reden", "Schoolmaatschappelijk werk begeleidt het gezin.")
            person.fill("Datum", "2026-12-04")

        director.press("Controleren")
        self.assertIn("Fout:", director.driver.title)
        grant(director)
        director.press("Controleren")
        director.press("Vastleggen")
        director.go("/dossier/%s/toegang" % CASE)
        self.assertRegex(director.text(), r"J\. Pieters \(schoolmaatschappelijk werker\) ja")
        director.go("/beheer")
        director.press("Controlepunt zetten")
        self.assertIn("Controlepunt gezet", director.text())
        director.sign_out()

        ib = self.person()
        ib.sign_in("ib.devries")
        ib.go("/dossier/%s" % CASE)
        ib.shot("dossier.png")
        self.assertIn("Wie dit dossier mag lezen", ib.text())
        ib.press("Wie wist wat wanneer")
        ib.choose("Vraag", "Wat wist M. Jansen (directeur)?")
        ib.press("Tonen")
        self.assertIn("M. Jansen", ib.text())
        ib.shot("wie-wist-wat.png")
        ib.go("/dossier/%s/evaluatie" % CASE)
        self.assertIn("Evaluatie van dossier %s" % CASE, ib.text())
        ib.fill("Zoals het logboek was op", "2026-01-01")
        ib.press("Tonen")
        self.assertIn("nog niet geopend", ib.text())
        ib.go("/dossier/%s/verslagen" % CASE)
        ib.shot("verslagen.png")
        ib.driver.find_element(By.ID, "aan-veilig-thuis").send_keys("Veilig Thuis Utrecht")
        ib.press("Melding aan Veilig Thuis maken met bewijsbundel")
        self.assertIn("Melding aan Veilig Thuis van dossier %s is gemaakt" % CASE, ib.text())
        ib.shot("verslag.png")
        links = {a.text: a.get_attribute("href") for a in ib.driver.find_elements(By.TAG_NAME, "a")}
        document = ib.fetch(links["Verslag downloaden (HTML)"].replace(self.base, ""))
        bundle = ib.fetch(links["Bewijsbundel downloaden"].replace(self.base, ""))
        self.assertIn("Papa knijpt als hij boos is", document.decode())
        self.assertEqual(json.loads(bundle)["report"]["documentSHA256"], hashlib.sha256(document).hexdigest())
        bundle_file = self.folder / "bundel.json"
        bundle_file.write_bytes(bundle)
        result = subprocess.run([str(BIN), "bundle", "verify", str(bundle_file)], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr + result.stdout)
        ib.go("/dossier/%s/verslag/veilig-thuis" % CASE)
        self.assertIn("Melding aan Veilig Thuis", ib.text())
        ib.shot("verslag-veilig-thuis.png")
        ib.go("/overzicht")
        ib.sign_out()

        outsider = self.person()
        outsider.sign_in("lk.visser")
        self.assertNotIn("Mila", outsider.text())
        outsider.go("/dossier/%s" % CASE)
        self.assertIn("Geen toegang", outsider.text())
        self.assertNotIn("Mila", outsider.text())
        outsider.go("/dossier/%s/verslag/dossier" % CASE)
        self.assertNotIn("Mila", outsider.text())
        outsider.sign_out()

        granted = self.person()
        granted.sign_in("smw.pieters")
        self.assertRegex(granted.text(), r"%s Mila Jansen .* toegang gekregen" % CASE)
        granted.sign_out()

        log = subprocess.run([str(BIN), "log", "--stream", "case/" + CASE, "--json", "--logbook", str(self.logbook)],
                             capture_output=True, text=True, check=True).stdout
        types = [json.loads(line)["header"]["type"] for line in log.splitlines()]
        self.assertIn("case.viewed", types)
        self.assertIn("report.issued", types)
        self.assertEqual(types.count("signal.recorded"), 2)
        verify = subprocess.run([str(BIN), "verify", "--logbook", str(self.logbook)], capture_output=True, text=True)
        self.assertEqual(verify.returncode, 0, verify.stdout + verify.stderr)

    def test_2_sign_out_drops_the_sign_in(self):
        person = self.person()
        person.sign_in("ib.devries")
        cookie = person.cookies()
        person.sign_out()
        request = urllib.request.Request(self.base + "/overzicht", headers={"Cookie": cookie})
        with urllib.request.urlopen(request) as response:
            self.assertIn("/aanmelden", response.geturl())

    def test_3_forged_token_foreign_origin_and_wrong_host_are_refused(self):
        person = self.person()
        person.sign_in("ib.devries")
        cookie = person.cookies()
        host = "127.0.0.1:%d" % self.port
        body = "csrf=%s&f.description=x" % ("0" * 64)
        forged = ("POST /dossier/2026-014/vastleggen/note.recorded HTTP/1.1\r\nHost: %s\r\nOrigin: http://%s\r\nCookie: %s\r\n"
                  "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s" % (host, host, cookie, len(body), body))
        status, _, page = raw(self.port, forged.encode())
        self.assertEqual(status, 403)
        self.assertIn("hoort niet bij uw aanmelding", page)
        foreign = forged.replace("Origin: http://%s" % host, "Origin: http://evil.example")
        status, _, page = raw(self.port, foreign.encode())
        self.assertEqual(status, 403)
        self.assertIn("komt niet van deze site", page)
        status, _, page = raw(self.port, ("GET /overzicht HTTP/1.1\r\nHost: rebind.example:%d\r\nCookie: %s\r\n\r\n" % (self.port, cookie)).encode())
        self.assertEqual(status, 400)
        self.assertIn("Onbekend adres", page)
        status, head, _ = raw(self.port, ("GET /aanmelden HTTP/1.1\r\nHost: %s\r\n\r\n" % host).encode())
        self.assertIn("content-security-policy: default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'", head)
        self.assertIn("cache-control: no-store", head)
        self.assertIn("HttpOnly; SameSite=Strict", head)
        status, _, _ = raw(self.port, b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
        self.assertEqual(status, 400)
        person.sign_out()

    def test_5_the_server_survives_mutated_and_random_requests(self):
        import fuzz_server
        counts = fuzz_server.fuzz(self.port, int(os.environ.get("LOGBOEK_WEB_FUZZ_RUNS", "300")), 24)
        self.assertTrue(any(isinstance(status, int) and 400 <= status < 500 for status in counts), counts)
        status, _, _ = raw(self.port, ("GET /aanmelden HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % self.port).encode())
        self.assertEqual(status, 200)

    def test_4_idle_time_out_drops_the_keys(self):
        port = free_port()
        server = serve(self.logbook, port, "--idle", "2")
        try:
            person = Person(self.driver, "http://127.0.0.1:%d" % port)
            self.driver.delete_all_cookies()
            person.sign_in("ib.devries")
            time.sleep(4)
            person.go("/overzicht")
            self.assertIn("Aanmelden", self.driver.title)
            self.assertIn("zonder activiteit", person.text())
        finally:
            server.kill()
            server.wait()


@unittest.skipUnless(shutil.which("nginx") and shutil.which("openssl") and os.path.exists("/usr/bin/chromedriver"), "nginx or openssl not installed")
class ThroughNginxTests(unittest.TestCase):
    def test_sign_in_and_record_over_tls(self):
        folder = pathlib.Path(tempfile.mkdtemp(prefix="logboek-nginx-"))
        logbook = folder / "klimtoren"
        subprocess.run([str(EXAMPLES_BIN), str(logbook), "--examples", str(ROOT / "tools" / "examples")], check=True, capture_output=True)
        backend, front = free_port(), free_port()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                        "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")], check=True, capture_output=True)
        config = (ROOT / "tools" / "nginx-logboek.conf").read_text()
        config = config.split("server {\n    listen 80;")[0]
        config = (config.replace("listen 443 ssl;", "listen 127.0.0.1:%d ssl;" % front).replace("logboek.school.nl", "localhost")
                  .replace("/etc/ssl/certs/logboek.pem", str(folder / "cert.pem")).replace("/etc/ssl/private/logboek.key", str(folder / "key.pem"))
                  .replace("127.0.0.1:8080", "127.0.0.1:%d" % backend).replace("$host", "$http_host"))
        (folder / "nginx.conf").write_text(
            "daemon off; pid %s/nginx.pid; error_log %s/error.log; events {}\nhttp { access_log off; client_body_temp_path %s; proxy_temp_path %s;\n%s}\n"
            % (folder, folder, folder, folder, config))
        server = serve(logbook, backend, "--host", "localhost:%d" % front)
        nginx = subprocess.Popen(["nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)], stderr=subprocess.DEVNULL)
        driver = browser()
        try:
            time.sleep(1)
            person = Person(driver, "https://localhost:%d" % front)
            person.sign_in("ib.devries")
            names = [c["name"] for c in driver.get_cookies()]
            self.assertIn("__Host-logboek", names)
            self.assertTrue(all(c["secure"] for c in driver.get_cookies() if c["name"] == "__Host-logboek"))

            def note(p):
                p.choose("Soort signaal", "feit")
                p.fill("Feitelijke beschrijving", "Daan komt vandaag weer zonder jas.")
                p.fill("Datum van waarneming", "2026-12-01")
                p.choose("Bevestigt of ontkracht", "bevestigt het vermoeden")
                p.choose("Bron", "eigen waarneming")

            person.record("2026-014", "Signaal vastgelegd", note)
            person.sign_out()
            self.assertIn("U bent afgemeld", person.text())
        finally:
            driver.quit()
            nginx.terminate()
            nginx.wait()
            server.kill()
            server.wait()
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
