"""A family's page and the dialogs opened from it.

- ``page.FamilyPage``: the header and the tabs; loads one ``FamilyDossier`` in the background;
- one module per tab (``people_tab``, ``visits_tab``, ``goals_tab``, ``assessments_tab``,
  ``consent_tab``, ``data_tab``), sharing ``tab.FamilyTab`` and ``tab.FamilyTabHost``;
- dialogs: ``family_dialog``, ``person_dialog``, ``goal_dialog`` on ``editor_dialog``'s base;
- item models in ``models``; the assessments chart in ``assessments_chart``.
"""
