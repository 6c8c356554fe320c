# The organizers' console: registrations, corrections, exports, audit log.

organizer-registrations = Реєстрації
organizer-registrations-of = Реєстрації: { $event }
organizer-back-to-dashboard = Назад до огляду заходу
organizer-back-to-list = Назад до реєстрацій
organizer-search = Ім’я, електронна адреса або організація
organizer-search-button = Шукати
organizer-sort = Сортування
organizer-sort-newest = Спочатку найновіші
organizer-sort-oldest = Спочатку найстаріші
organizer-sort-name = Ім’я
organizer-sort-country = Країна
organizer-sort-waitlist = Порядок у списку очікування
organizer-registrations-found = { $count ->
    [one] { $count } реєстрація
    [few] { $count } реєстрації
    [many] { $count } реєстрацій
   *[other] { $count } реєстрацій
}
organizer-export = Завантажити ці реєстрації:
organizer-saved = Збережено. Зміну показано в історії нижче.
organizer-waitlist-position = № { $position } у списку очікування
organizer-correct = Виправити дані
organizer-save = Зберегти виправлення
organizer-give-place = Надати місце зараз
organizer-give-place-hint = Місце для очної участі цієї особи буде одразу підтверджено, поза порядком списку очікування. Якщо всі місця ({ $limit }) зайняті або запропоновані, кількість місць для очної участі збільшиться на одне. Особа отримає лист.
organizer-give-place-submit = Надати місце
organizer-cancel = Скасувати від імені особи
organizer-cancel-hint = Реєстрацію буде скасовано, а її місце передано людям зі списку очікування. Особа отримає лист.
organizer-cancel-submit = Скасувати реєстрацію
organizer-history = Історія
organizer-history-empty = Ніхто з персоналу не змінював цю реєстрацію.
field-reason = Причина зміни
field-cancel-reason = Причина скасування
field-place-reason = Причина надання місця
hint-reason = Зберігається в журналі дій разом із Вашим ім’ям, наприклад «прохання електронною поштою від 3 травня».
error-not-waiting = Надати місце можна лише особі, яка чекає на місце для очної участі.
answer-yes = Так
answer-no = Ні

audit-title = Журнал дій
audit-when = Коли
audit-who = Хто
audit-action = Дія
audit-subject = Запис
audit-reason = Причина
audit-changes = Зміни
audit-empty = Немає дій персоналу, що відповідають пошуку.
audit-older = Старіші записи
audit-registration-update = Реєстрацію виправлено
audit-registration-cancel = Реєстрацію скасовано
audit-registration-give-place = Місце надано вручну
audit-event-capacity = Кількість місць для очної участі змінено

dashboard-title = Панель заходу
dashboard-sections = Розділи панелі
dashboard-live = Показники оновлюються автоматично.
dashboard-reconnecting = З’єднання втрачено: повторне підключення…
dashboard-stopped = Оновлення зупинено. Увійдіть знову й оновіть сторінку.
dashboard-taken-of = Зайнято місць: { $taken } із { $limit }
dashboard-taken-unlimited = Записалися: { $taken } (без обмежень)
dashboard-submissions-waiting = Практики для бібліотеки, що очікують на розгляд
dashboard-activities = Паралельні сесії та ознайомчі візити
dashboard-activity = Сесія або візит
dashboard-places = Місця
dashboard-session = (сесія)
dashboard-visit = (ознайомчий візит)
dashboard-charts = Хто зареєструвався
dashboard-per-day = Реєстрації за днями
dashboard-per-day-description = { $in_person } очно та { $online } онлайн за { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } днів
}.
dashboard-show-figures = Показати цифри
dashboard-day = День
dashboard-by-country = Учасники за країнами
dashboard-by-organisation-type = Учасники за типом організації
dashboard-other-countries = Інші країни

check-in-title = Відмітка прибуття
check-in-heading = Відмітка прибуття: { $event }
check-in-progress = Прибуття відмічено: { $checked } із { $expected }
check-in-scan = Сканувати QR-код
check-in-scan-hint = Наведіть камеру на QR-код у листі або на телефоні людини, яка прийшла. Якщо браузер телефона не зчитує коди, код можна відкрити в застосунку камери.
check-in-camera = Увімкнути камеру
check-in-no-camera = Не вдалося увімкнути камеру. Знайдіть особу за іменем нижче.
check-in-code = Код для відмітки прибуття
check-in-submit = Відмітити прибуття
check-in-people = Хто має прийти очно
check-in-search = Ім’я або організація
check-in-at = Прибуття відмічено о { $time }
check-in-done = { $name }: прибуття відмічено (о { $time }).
check-in-already = { $name }: прибуття вже було відмічено о { $time }.
check-in-waiting = { $name }: місце підтверджено, прибуття ще не відмічено.
check-in-not-expected = { $name }: немає підтвердженого місця для очної участі. Направте цю особу до стійки реєстрації.
check-in-queued = Немає з’єднання: відмітку прибуття ({ $name }) збережено на цьому телефоні, її буде надіслано, щойно з’єднання відновиться.
check-in-waiting-to-send = Очікують на надсилання: { $count }
check-in-back = Назад до списку прибуття
check-in-pass = Покажіть цей код на вході: працівники відсканують його, щоб відмітити Ваше прибуття.
error-check-in-unknown = Цей код не належить жодній реєстрації. Знайдіть особу за іменем.
audit-registration-check-in = Прибуття відмічено
badges-title = Бейджі з іменами
badges-hint = Бейджів: { $count }, по одному на сторінку формату A6. Надрукуйте цю сторінку з браузера.
dashboard-check-in = Відмітка прибуття
dashboard-badges = Бейджі з іменами

announcements-title = Оголошення
announcements-heading = Оголошення: { $event }
announcements-new = Написати оголошення
announcements-other-languages = Версії іншими мовами (необов’язково: люди, для мови яких версії немає, отримають першу версію)
announcements-preview = Попередній перегляд
announcements-send = Надіслати зараз { $count ->
    [one] { $count } особі
    [few] { $count } особам
    [many] { $count } особам
   *[other] { $count } особам
}
announcements-recipients = { $count ->
    [one] { $count } адресат
    [few] { $count } адресати
    [many] { $count } адресатів
   *[other] { $count } адресатів
}
announcements-sent = Оголошення поставлено в чергу. Хід надсилання показано нижче.
announcements-progress = Надіслані оголошення
announcements-none = Оголошень ще немає.
announcements-counts = Надіслано: { $sent } із { $recipients }, в очікуванні: { $queued }
announcements-failing = { $count ->
    [one] { $count } лист не вдається надіслати
    [few] { $count } листи не вдається надіслати
    [many] { $count } листів не вдається надіслати
   *[other] { $count } листів не вдається надіслати
}
announcement-manage-link = Ваша реєстрація
announcement-sample-name = [ім’я]
field-segment = Кому надіслати
field-announcement-subject = Тема
field-announcement-body = Повідомлення
segment-all = Усім зареєстрованим
segment-in-person = Усім, хто має підтверджене місце для очної участі
segment-online = Усім, хто бере участь онлайн
segment-waitlisted = Усім у списку очікування
segment-activity = Усім, хто записався на: { $title }
error-segment-invalid = Виберіть зі списку, кому надіслати оголошення.
error-no-recipients = У цій групі поки нікого немає: нічого не надіслано.
audit-announcement-send = Оголошення надіслано

accounts-title = Облікові записи персоналу
accounts-add = Додати обліковий запис персоналу
accounts-add-submit = Додати обліковий запис
accounts-save = Зберегти
accounts-role-of = Роль облікового запису { $name }
field-role = Роль
hint-staff-password = Щонайменше 12 символів. Передайте пароль цій особі особисто: з ним вона входитиме в систему.
role-admin = Адміністратор
role-organizer = Організатор
role-moderator = Модератор бібліотеки
role-check-in = Відмітка прибуття
role-disabled = Вимкнено (вхід неможливий)
error-role-invalid = Виберіть роль зі списку.
error-staff-email-taken = Обліковий запис персоналу з цією електронною адресою вже існує.
error-own-account = Ви не можете змінити або вимкнути власний обліковий запис; зверніться до іншої особи з роллю адміністратора.
audit-staff-create = Обліковий запис персоналу додано
audit-staff-role = Роль персоналу змінено
audit-staff-disable = Обліковий запис персоналу вимкнено

event-settings-title = Налаштування заходу та реєстрації
event-settings-save = Зберегти налаштування
organizer-saved-settings = Збережено.
event-new-title = Новий захід
event-new-submit = Створити захід
field-slug = Адреса (латинські літери, цифри та дефіси, напр. ikp-2026)
field-capacity = Місця для очної участі
field-theme = Тема
field-venue = Місце проведення
field-starts-on = Перший день
field-ends-on = Останній день
field-timezone = Часовий пояс (напр. Europe/Amsterdam)
field-registration-open = Реєстрацію відкрито
field-opens-at = Початок реєстрації (за місцевим часом)
field-closes-at = Завершення реєстрації (за місцевим часом)
hint-event-summary = Кілька речень для сторінки заходу.
error-date-invalid = Введіть дату, наприклад 2026-05-14.
error-time-invalid = Введіть дату й час, наприклад 2026-02-01T09:00.
error-closes-before-opens = Реєстрація має завершуватися пізніше, ніж починається.
error-timezone-invalid = Введіть часовий пояс із бази даних tz, наприклад Europe/Amsterdam.
error-slug-invalid = Використовуйте від 3 до 60 малих латинських літер, цифр і дефісів.
error-slug-taken = Ця адреса вже використовується для іншого заходу.
audit-event-create = Захід створено
audit-event-update = Налаштування заходу змінено
check-in-other-event = { $name }: реєстрація на інший захід, а не на цей. Направте цю особу до стійки реєстрації.

## Audit log: programme and themes
audit-activity-create = Сесію або візит додано
audit-activity-update = Сесію або візит змінено
audit-activity-cancel = Сесію або візит скасовано
audit-room-create = Залу додано
audit-room-update = Залу перейменовано
audit-room-remove = Залу видалено
audit-speaker-create = Доповідача додано
audit-speaker-update = Дані доповідача виправлено
audit-speaker-remove = Доповідача видалено
audit-theme-create = Тему бібліотеки додано
audit-theme-rename = Тему бібліотеки перейменовано
audit-theme-retire = Тему бібліотеки виведено з ужитку
audit-theme-restore = Тему бібліотеки повернуто

## Audit log: changes not made by staff
audit-by-participant = Особа, що зареєструвалася
audit-by-platform = Платформа (автоматично за розкладом)
audit-registration-erase = Персональні дані видалено самою особою, що зареєструвалася

## Retention of personal data
field-retention-days = Скільки днів після заходу зберігати персональні дані
error-retention-days = Введіть ціле число днів від 0 до 3650, наприклад 90.
retention-title = Персональні дані учасників
retention-needs = Потреби щодо доступності та харчування видаляються з { $date }. { $count ->
    [0] Зараз жодна реєстрація їх не містить.
    [one] Зараз їх містить { $count } реєстрація.
    [few] Зараз їх містять { $count } реєстрації.
    [many] Зараз їх містять { $count } реєстрацій.
   *[other] Зараз їх містять { $count } реєстрацій.
}
retention-everything = Усі персональні дані знеособлюються з { $date }; підрахунки за країнами та днями зберігаються. { $count ->
    [0] Зараз жодна реєстрація не містить персональних даних.
    [one] { $count } реєстрація ще містить персональні дані.
    [few] { $count } реєстрації ще містять персональні дані.
    [many] { $count } реєстрацій ще містять персональні дані.
   *[other] { $count } реєстрацій ще містять персональні дані.
}
audit-event-needs-removed = Потреби щодо доступності та харчування видалено (строк зберігання)
audit-event-anonymised = Персональні дані знеособлено (строк зберігання)
