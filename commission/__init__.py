"""Commission: keeps a Poverty Truth Commission's accountability chain unbroken."""

__version__ = "0.1.0"
