"""The ways in: the ``verifier`` command line, the web page and the JSON API.  Only this package
imports Flask and click."""
