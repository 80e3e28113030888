"""Benchmarks of the whole verifier at national scale (issue 6).

    python -m bench run            # build the full reference, measure everything, write the table
    python -m bench run --quick    # small sizes (smoke run, seconds)
    python -m bench profile        # where the warm path and the API path spend their time

Every figure is measured on this machine by this package; ``bench/RESULTS.md`` holds the last
full run's table, ``bench/results/<date>.json`` (git-ignored) every figure behind it.
"""
