"""Settings of this lab PC: its centre, the member of staff at it, its name."""
