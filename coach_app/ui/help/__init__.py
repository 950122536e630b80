"""Help: the user guide (in the app's language, with screenshots), the keyboard shortcuts and
About."""
