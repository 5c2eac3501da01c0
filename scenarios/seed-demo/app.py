# The story's app, as its demo writes it: a Flask view that sleeps 1 s. uWSGI loads it with
# `--module app:app`; the seed-demo scenarios' headers give each case's command line.
from flask import Flask
app = Flask(__name__)


@app.route("/")
def hello():
    from time import sleep
    sleep(1)
    return "Hello World!"
