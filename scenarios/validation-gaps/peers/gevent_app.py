# The story's app for a real peer: Flask on uWSGI + gevent, a view that waits 1 s (a gevent
# sleep, as a call to a slow third party would). Run it on loopback, one process:
#   uwsgi --plugins python3,gevent_python3 --http-socket 127.0.0.1:9090 \
#         --wsgi-file gevent_app.py --gevent 1000 --processes 1 --listen 1024 --disable-logging
# (Debian: apt-get install uwsgi uwsgi-plugin-python3 uwsgi-plugin-gevent-python3 python3-flask
# python3-gevent). With STUB=http://127.0.0.1:PORT/s/api in its environment the view calls that
# URL instead of sleeping.
from gevent import monkey

monkey.patch_all()

import os
import time
import urllib.request

from flask import Flask

app = Flask(__name__)
STUB = os.environ.get("STUB")


@app.route("/")
def view():
    if STUB:
        urllib.request.urlopen(STUB, timeout=30).read()
    else:
        time.sleep(1)
    return "ok"


application = app
