"""Judging claims against the reference: resolve the election and rows, judge by the policy,
explain.  ``verifier.interfaces`` holds the ways in (web page, JSON API, CLI); nothing outside it
imports it."""
