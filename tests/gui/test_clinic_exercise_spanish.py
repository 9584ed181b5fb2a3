"""A clinic exercise's Spanish text: typed on the editor's Spanish tab, checked line for line against the
English, stored with the exercise and shown again when it is edited."""

from test_library_browser_clinic import browser, fill_new_exercise, open_dialog, reopened, save  # noqa: F401

SPANISH_STEPS = "Acuéstese de lado.\nSuba un poco la pierna de arriba.\nBájela despacio."


def fill_spanish(dialog, steps: str) -> None:
    spanish = dialog.form.spanish
    spanish["name"].setText("Levantar la pierna de lado")
    spanish["summary"].setText("Fortalece el lado de la cadera.")
    spanish["steps"].setPlainText(steps)
    spanish["stop_if"].setText("Pare si le duele más.")


def test_a_spanish_text_line_for_line_is_stored_with_the_exercise(qtbot, browser, data_dir):  # noqa: F811
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side leg lift")
    fill_spanish(dialog, SPANISH_STEPS)
    save(qtbot, browser, dialog)
    created = browser.current_exercise()
    spanish = created.translations["es"]
    assert spanish.name == "Levantar la pierna de lado" and spanish.steps[0] == "Acuéstese de lado."
    assert reopened(data_dir).get(created.id) == created

    again = open_dialog(qtbot, browser, browser.edit_button)
    assert again.form.spanish["steps"].lines() == tuple(SPANISH_STEPS.splitlines())


def test_a_spanish_text_with_a_step_missing_is_refused_beside_the_field(qtbot, browser):  # noqa: F811
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side leg lift")
    fill_spanish(dialog, "Acuéstese de lado.\nSuba la pierna.")
    dialog.save()
    assert dialog.isVisible() and dialog.saved_exercise is None
    assert dialog.messages()["translations.es.steps"] == "Has 2 lines where the English has 3."


def test_an_empty_spanish_tab_means_no_spanish_text(qtbot, browser):  # noqa: F811
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side leg lift")
    save(qtbot, browser, dialog)
    assert browser.current_exercise().translations == {}


def test_a_missing_step_is_named_with_the_other_problems_of_the_spanish_tab(qtbot, browser):  # noqa: F811
    dialog = open_dialog(qtbot, browser, browser.new_button)
    fill_new_exercise(qtbot, dialog, "Side leg lift")
    dialog.form.spanish["name"].setText("Levantar la pierna")
    dialog.form.spanish["steps"].setPlainText("Acuéstese de lado.")
    dialog.save()
    messages = dialog.messages()
    assert messages["translations.es.steps"] == "Has 1 line where the English has 3."
    assert messages["translations.es.summary"] == "Required."
