"""Serves a folder on loopback with Debian's nginx, as a school's web server would serve its published tiles.

Used by tools/test_tiles.py and tools/bench_tiles; nginx runs in the foreground as this user, with its
files in a temporary folder, and is stopped by close().
"""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

CONFIG = """{user}daemon off; pid {run}/nginx.pid; error_log {run}/error.log; worker_processes 1; events {{}}
http {{
  access_log off; client_body_temp_path {run}; proxy_temp_path {run}; fastcgi_temp_path {run};
  uwsgi_temp_path {run}; scgi_temp_path {run};
  types {{ text/plain checkpoint; }} default_type application/octet-stream;
  server {{
    listen 127.0.0.1:{port}; root {root};
    location = /checkpoint {{ add_header Cache-Control "no-cache"; default_type "text/plain; charset=utf-8"; }}
    location /tile/ {{ add_header Cache-Control "public, max-age=31536000, immutable"; }}
  }}
}}
"""


def available():
    """Whether nginx is installed."""
    return shutil.which("nginx") is not None or os.path.exists("/usr/sbin/nginx")


class Nginx:
    """nginx serving `root` at http://127.0.0.1:<port>/."""

    def __init__(self, root):
        self.run_folder = tempfile.mkdtemp(prefix="logboek-tiles-nginx-")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = os.path.join(self.run_folder, "nginx.conf")
        with open(config, "w") as handle:
            # As root, nginx's workers would run as nobody, who cannot read a private temporary folder.
            user = "user root;\n" if os.geteuid() == 0 else ""
            handle.write(CONFIG.format(user=user, run=self.run_folder, port=self.port, root=os.path.abspath(root)))
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.process = subprocess.Popen([binary, "-c", config, "-p", self.run_folder], stderr=subprocess.DEVNULL)
        self.url = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url + "/", timeout=1).close()
                return
            except urllib.error.HTTPError:
                return  # nginx answers (a folder without an index answers 403 or 404)
            except OSError:
                time.sleep(0.05)
        self.close()
        raise RuntimeError("nginx did not start on port %d" % self.port)

    def close(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.run_folder, ignore_errors=True)
