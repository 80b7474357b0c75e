"""The README's screenshots: scripts/screenshots runs `python -m tools.screenshots DB OUT` under Xvfb."""
