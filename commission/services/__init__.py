"""Use-cases shared by the desktop app and the command line. Each call is one transaction."""
