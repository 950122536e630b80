"""The Today screen: visits planned and held today, follow-up actions to do (ticked off or
moved from here), and goals near their target date. ``models`` holds the item models,
``page`` the screen."""
