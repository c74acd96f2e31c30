// The editor's interface in Russian: what Decap CMS's own Russian locale lacks. Decap merges
// a locale over English, so every key its Russian locale leaves out shows in English; they
// are here, with the phrases its Russian locale leaves in English (heading levels, the
// entry count, "URL", "kB") and a few of its typos. editor.js merges this over Decap's `ru`
// (registerLocales); tests/editor/test_editor_locale.py checks that Decap's `ru` with this
// over it has every key of Decap's English locale.
window.KAZUTB_LOCALE_RU = {
  auth: {
    loginWithForgejo: 'Войти через Forgejo',
    errors: { email: 'Введите адрес электронной почты.' },
  },
  app: {
    app: { errorHeader: 'Ошибка загрузки настроек редактора' },
  },
  collection: {
    collectionTop: {
      viewAsList: 'Показать списком',
      viewAsGrid: 'Показать карточками',
      descending: 'По убыванию',
    },
    entries: {
      unpublishedHeader: 'Неопубликованные записи',
    },
  },
  editor: {
    editorControl: {
      // Decap passes the widget's type name (string, object…): not for the office's eyes.
      field: { widgetLabel: 'Поле' },
    },
    editorInterface: {
      toggleI18n: 'Показать или скрыть языки',
      toggleNotes: 'Показать или скрыть заметки',
    },
    editorNotesPane: {
      title: 'Заметки',
      emptyState: 'Заметок пока нет. Добавьте первую заметку ниже.',
      addNote: 'Добавить заметку',
      addPlaceholder: 'Напишите заметку…',
      editPlaceholder: 'Измените заметку…',
      save: 'Сохранить',
      cancel: 'Отмена',
      edit: 'Изменить',
      delete: 'Удалить',
      resolve: 'Решено',
      unresolve: 'Открыть снова',
      confirmDelete: 'Удалить эту заметку?',
      shortcut: 'Совет: Ctrl+Enter быстро добавляет заметку',
    },
    editorWidgets: {
      markdown: {
        bold: 'Полужирный',
        strikethrough: 'Зачёркнутый',
        linkPrompt: 'Введите адрес ссылки',
        toggleMode: {
          rich: 'Перейти к форматированному тексту',
          markdown: 'Перейти к разметке Markdown',
        },
      },
      image: {
        chooseUrl: 'Вставить по ссылке',
        replaceUrl: 'Заменить ссылкой',
        promptUrl: 'Введите ссылку на изображение',
      },
      file: {
        chooseUrl: 'Вставить по ссылке',
        replaceUrl: 'Заменить ссылкой',
        promptUrl: 'Введите ссылку на файл',
      },
      headingOptions: {
        headingOne: 'Заголовок 1',
        headingTwo: 'Заголовок 2',
        headingThree: 'Заголовок 3',
        headingFour: 'Заголовок 4',
        headingFive: 'Заголовок 5',
        headingSix: 'Заголовок 6',
      },
      datetime: {
        // Decap passes the field's name (a YAML key), not its label: left out.
        setToNow: 'Подставить текущую дату',
      },
      object: {
        expand: 'Развернуть',
        collapse: 'Свернуть',
      },
    },
  },
  mediaLibrary: {
    mediaLibrary: {
      fileTooLarge: 'Файл слишком большой.\nНастройки не позволяют загружать файлы больше %{size} КБ.',
    },
    mediaLibraryCard: {
      copyUrl: 'Копировать ссылку',
    },
    mediaLibraryModal: {
      loading: 'Загрузка медиафайлов…',
      close: 'Закрыть',
      search: 'Поиск…',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Меню учётной записи',
    },
    toast: {
      noteAdded: 'Заметка добавлена',
      onFailToAddNote: 'Не удалось добавить заметку: %{details}',
      noteUpdated: 'Заметка изменена',
      onFailToUpdateNote: 'Не удалось изменить заметку: %{details}',
      noteDeleted: 'Заметка удалена',
      onFailToDeleteNote: 'Не удалось удалить заметку: %{details}',
      noteResolved: 'Заметка отмечена как решённая',
      noteReopened: 'Заметка открыта снова',
      onFailToToggleNote: 'Не удалось изменить статус заметки: %{details}',
    },
  },
  workflow: {
    workflow: {
      // dayjs runs in English here: a month's name would be English, its number is not.
      dateFormat: 'DD.MM.YYYY',
    },
    workflowList: {
      // Polyglot's Russian plural: 1 запись, 2 записи, 5 записей.
      currentEntries: '%{smart_count} запись |||| %{smart_count} записи |||| %{smart_count} записей',
    },
  },
};
