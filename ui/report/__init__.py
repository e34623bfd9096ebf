"""The PDF findings report's export dialog (File → Export report…, Results' Report button)."""
