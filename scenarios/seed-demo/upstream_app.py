# The story's production view in small: three calls, one after another, to a third party that
# answers in 1 s (upstream_stub.py on 127.0.0.1:9000). urllib opens a connection per call, as a
# plain HTTP client does; with --gevent-monkey-patch the calls wait on the hub instead of a thread.
import os
import urllib.request

from flask import Flask

app = Flask(__name__)
UPSTREAM = os.environ.get("UPSTREAM", "http://127.0.0.1:9000/")


@app.route("/")
def view():
    for _ in range(3):
        urllib.request.urlopen(UPSTREAM, timeout=30).read()
    return "Hello World!"
