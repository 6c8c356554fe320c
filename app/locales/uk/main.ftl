## Site frame
# Same as in English: the platform's name.
site-name = International Knowledge Platform
site-description = Заходи та найкращі практики у сфері прийому шукачів притулку від International Knowledge Platform агентства COA.
skip-to-content = Перейти до змісту
language-choice = Мова
footer-organiser = COA International Knowledge Platform · Центральне агентство з прийому шукачів притулку
footer-staff = Вхід для персоналу
not-found-title = Сторінку не знайдено
not-found-body = За цією адресою немає сторінки. Можливо, посилання застаріло або в ньому помилка.
back-home = Перейти на головну сторінку
loading = Завантаження…
optional = (необов’язково)

## Dates
date = { $day } { $month } { $year } р.
date-range-same-month = { $start }–{ $end } { $month } { $year } р.
date-range = { $start } – { $end }
date-time = { $date } о { $time } ({ $zone })
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Events
home-title = Заходи
home-intro = Міжнародний обмін досвідом щодо прийому та супроводу шукачів притулку.
home-no-events = Заходів поки немає.
fact-event = Захід
fact-dates = Дати
fact-venue = Місце проведення
fact-timezone = Часовий пояс
fact-attendance = Форма участі
register-action = Зареєструватися
registration-closed = Реєстрацію закрито.
event-objectives = Цілі
event-target-groups = Для кого цей захід
places-left = { $left ->
    [one] Залишилося { $left } місце
    [few] Залишилося { $left } місця
    [many] Залишилося { $left } місць
   *[other] Залишилося { $left } місць
} для очної участі (із { $limit })
in-person-full = Усі місця для очної участі ({ $limit }) зайняті: запишіться до списку очікування або беріть участь онлайн
online-unlimited = кількість учасників онлайн не обмежена

## Registration form
register-title = Реєстрація
register-full-notice = Усі місця для очної участі зайняті. Ви можете зареєструватися для участі онлайн або записатися до списку очікування на місце для очної участі: ми напишемо Вам, якщо місце звільниться, а тим часом Ви можете брати участь онлайн.
register-all-required = Усі поля обов’язкові, крім позначених «необов’язково».
register-submit = Зареєструватися
register-again = Зареєструватися знову
field-name = Ім’я та прізвище
field-email = Електронна адреса
field-organisation = Організація
field-function = Посада або роль
field-organisation-type = Тип організації
organisation-type-unsaid = Не вказано
organisation-type-reception-agency = Агентство з прийому шукачів притулку
organisation-type-ministry = Міністерство або національний орган влади
organisation-type-municipality = Муніципалітет або регіон
organisation-type-ngo = Неурядова організація
organisation-type-international = Міжнародна організація
organisation-type-research = Наука або освіта
organisation-type-other = Інше
error-organisation-type-invalid = Виберіть тип організації зі списку або залиште поле порожнім.
field-country = Країна
field-attendance = Як Ви братимете участь?
field-language = Мова листів
field-accessibility-needs = Потреби щодо доступності
field-dietary-needs = Харчові потреби
field-list-consent = Показувати моє ім’я, організацію та країну у списку учасників
field-privacy-consent = Мені відомо, як використовуються мої дані, і я погоджуюся
field-password = Пароль
choose-country = Виберіть країну
attendance-in-person = Очно
attendance-in-person-waitlist = Очно: записатися до списку очікування (тим часом брати участь онлайн)
attendance-online = Онлайн
hint-language = Ми писатимемо Вам цією мовою.
hint-accessibility-needs = Наприклад, безбар’єрний доступ, переклад жестовою мовою або великий шрифт.
hint-dietary-needs = Лише для тих, хто бере участь очно.
privacy-title = Ваші дані
privacy-summary = COA зберігає Вашу реєстрацію, щоб організувати цей захід: підтвердити Ваше місце, надіслати Вам практичну інформацію та відмітити Ваше прибуття на місці проведення. Її бачать лише організатори. Потреби щодо доступності та харчування видаляються через 30 днів після заходу, інші Ваші дані — через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } днів
} після заходу. Ви будь-коли можете переглянути, змінити, завантажити або видалити свої дані за посиланням у листі з підтвердженням.

## Errors
error-summary-title = Виникла проблема
error-prefix = Помилка:
error-invalid = Деякі поля потребують Вашої уваги.
error-duplicate = Такий запис уже існує.
error-not-found = Нам не вдалося цього знайти. Можливо, посилання застаріло або в ньому помилка.
error-unauthorized = Увійдіть, щоб переглянути цю сторінку.
error-forbidden = Ваш обліковий запис не має доступу до цієї сторінки.
error-rate-limited = Забагато спроб із Вашого з’єднання. Зачекайте хвилину і спробуйте ще раз.
error-internal = Щось пішло не так з нашого боку. Нічого не збережено. Спробуйте ще раз трохи згодом.
error-bad-request = Цей запит не вдалося обробити: у ньому чогось бракує або щось записано неправильно. Оновіть сторінку і спробуйте ще раз.
error-request-too-large = Це забагато для цієї форми. Скоротіть текст і надішліть ще раз.
error-cross-site = Цю форму надіслано з іншого вебсайту, тому її відхилено. Відкрийте сторінку на цьому сайті й надішліть форму звідти.
error-connection = Не вдалося зв’язатися з сервером. Перевірте з’єднання з інтернетом і спробуйте ще раз.
error-capacity-too-low = Місткість не може бути меншою за кількість уже наданих або запропонованих місць ({ $taken }).
error-capacity-number = Введіть місткість цілим числом, наприклад 150.
error-required = Заповніть це поле.
error-too-long = Це задовго. Будь ласка, скоротіть.
error-email-invalid = Введіть електронну адресу у форматі name@example.org.
error-country-invalid = Виберіть країну зі списку.
error-attendance-invalid = Виберіть: очно чи онлайн.
error-language-invalid = Виберіть мову зі списку.
error-consent-required = Поставте позначку, щоб погодитися, інакше ми не зможемо Вас зареєструвати.
error-control-characters = Тут є недозволені символи.
error-email-taken = Цю електронну адресу вже зареєстровано на цей захід. Щоб змінити реєстрацію, скористайтеся посиланням у листі з підтвердженням.
error-registration-closed = Реєстрацію на цей захід закрито.
error-registration-cancelled = Цю реєстрацію скасовано, її більше не можна змінити.
error-no-offer = Для цієї реєстрації немає чинної пропозиції.
error-offer-expired = Термін дії цієї пропозиції минув. Місце передано наступній особі зі списку очікування.
error-confirm-cancel = Поставте позначку, щоб підтвердити, що Ви хочете скасувати реєстрацію.
error-sign-in = Неправильна електронна адреса або пароль. Після п’яти неправильних паролів поспіль обліковий запис блокується на 15 хвилин.
error-password-too-short = Пароль має містити щонайменше 12 символів.

## Manage page
manage-title = Ваша реєстрація
manage-welcome = Дякуємо за реєстрацію. Ми надіслали Вам лист із посиланням на цю сторінку: збережіть його, щоб змінити або скасувати реєстрацію.
manage-saved = Ваші зміни збережено.
manage-change-title = Змінити Ваші дані
manage-change-hint = Тут можна змінити форму участі: очно чи онлайн. Якщо Ви відмовитеся від місця для очної участі, його отримає наступна особа зі списку очікування.
manage-save = Зберегти зміни
manage-cancel-title = Скасувати реєстрацію
manage-cancel-hint = Якщо Ви не зможете прийти, будь ласка, скасуйте реєстрацію, щоб Ваше місце отримав хтось зі списку очікування.
manage-cancel-confirm = Так, я хочу скасувати свою реєстрацію
manage-cancel-submit = Скасувати реєстрацію
status-confirmed-in-person = Ваше місце для очної участі підтверджено.
status-confirmed-online = Вас зареєстровано для участі онлайн.
status-waitlisted = Ви під номером { $position } у списку очікування на місце для очної участі. Тим часом запрошуємо Вас брати участь онлайн.
status-offered = Місце для очної участі зарезервовано для Вас до { $deadline }. Бажаєте його отримати?
status-cancelled = Цю реєстрацію скасовано.
offer-accept = Так, я беру це місце
offer-decline = Ні, я залишаюся онлайн

## Staff
staff-sign-in = Вхід для персоналу
staff-sign-out = Вийти
staff-title = Панель організаторів
staff-signed-in-as = Ви увійшли як { $name }
staff-registrations = Реєстрації
staff-registrations-count = { $count ->
    [one] { $count } реєстрація
    [few] { $count } реєстрації
    [many] { $count } реєстрацій
   *[other] { $count } реєстрацій
}
staff-capacity = Місця для очної участі
staff-confirmed = Підтверджено
staff-offered = Запропоновано
staff-waitlisted = У списку очікування
staff-left = Вільно
staff-online = Онлайн
staff-capacity-label = Нова кількість місць для очної участі
staff-capacity-save = Змінити кількість місць
staff-status = Статус
staff-registered-on = Дата реєстрації
staff-status-confirmed = Підтверджено
staff-status-waitlisted = У списку очікування
staff-status-offered = Місце запропоновано
staff-status-cancelled = Скасовано

## Emails
email-greeting = Добрий день, { $name }!
# Same as in English: the platform's name.
email-signature = COA International Knowledge Platform
email-manage-intro = За допомогою кнопки нижче Ви можете переглянути, змінити або скасувати свою реєстрацію. Це посилання особисте: будь ласка, нікому його не передавайте.
email-manage-action = Керувати моєю реєстрацією
email-calendar-attached = Захід додано до листа як файл календаря.
email-check-in-code = На вході покажіть QR-код нижче (він також є на сторінці Вашої реєстрації): працівники відсканують його, щоб відмітити Ваше прибуття.
email-check-in-alt = Ваш код для відмітки прибуття
email-confirmed-subject = Ваша реєстрація на захід «{ $event }»
email-confirmed-in-person = Ваше місце для очної участі в заході «{ $event }» підтверджено. Будемо раді бачити Вас. Місце проведення: { $venue }.
email-confirmed-online = Вас зареєстровано для участі онлайн у заході «{ $event }». Ви можете дивитися сесії наживо на сторінці своєї реєстрації.
email-waitlisted-subject = Ви в списку очікування на захід «{ $event }»
email-waitlisted-body = Усі місця для очної участі зайняті. Ви під номером { $position } у списку очікування. Коли місце звільниться, ми надішлемо Вам пропозицію електронною поштою. Вона буде чинна протягом { $hours ->
    [one] { $hours } години
    [few] { $hours } годин
    [many] { $hours } годин
   *[other] { $hours } годин
}.
email-waitlisted-online = Тим часом запрошуємо Вас брати участь онлайн.
email-offer-subject = Місце для Вас на заході «{ $event }»
email-offer-body = Звільнилося місце для очної участі. Воно Ваше, якщо Ви приймете його до { $deadline }.
email-offer-after = Якщо Ви не відповісте вчасно, місце отримає наступна особа зі списку очікування, а Ви залишитеся зареєстровані для участі онлайн.
email-offer-action = Прийняти місце або відмовитися
email-offer-expired-subject = Термін дії Вашої пропозиції на захід «{ $event }» минув
email-offer-expired-body = Ви не прийняли місце для очної участі вчасно, тому його передано наступній особі зі списку очікування. Ви залишаєтеся зареєстровані для участі онлайн.
email-cancelled-subject = Вашу реєстрацію на захід «{ $event }» скасовано
email-cancelled-body = Вашу реєстрацію скасовано, як Ви і просили. Ви можете зареєструватися знову, поки реєстрація відкрита.

## Programme: sign-ups and their refusals
refusal-no-sign-up = Пленарні засідання відкриті для всіх, записуватися не потрібно.
refusal-visits-in-person-only = Ознайомчі візити — лише для тих, хто бере участь очно. Ви зареєстровані для участі онлайн (або ще чекаєте на місце для очної участі), тому не можете записатися на візит.
refusal-in-person-only = Ця сесія проходить лише в залі. Учасники онлайн можуть вибирати онлайн- та гібридні сесії.
refusal-online-only = Ця сесія проходить лише онлайн. Учасники, присутні очно, можуть вибирати очні та гібридні сесії.
refusal-clash = Це збігається в часі з «{ $title }», що вже є у Вашому виборі. Якщо Вам більше підходить цей варіант, спочатку скасуйте той.
choice-clash = Організатори перенесли сесію: тепер вона збігається в часі з «{ $title }», що теж є у Вашому виборі. Будь ласка, залиште лише один із двох варіантів.
refusal-one-visit = Можна записатися лише на один ознайомчий візит, а Ви вже записалися на «{ $title }».
error-already-chosen = Ви вже вибрали це.
error-activity-cancelled = Цю частину програми скасовано.
email-activity-offer-subject = Місце для Вас: «{ $title }»
email-activity-offer-body = Звільнилося місце: «{ $title }». Воно Ваше, якщо Ви приймете його до { $deadline }.
email-activity-offer-after = Якщо Ви не відповісте вчасно, місце отримає наступна особа зі списку очікування.
email-activity-offer-expired-subject = Термін дії Вашої пропозиції на «{ $title }» минув
email-activity-offer-expired-body = Ви не прийняли місце на «{ $title }» вчасно, тому його передано наступній особі зі списку очікування.

## Programme page
programme-title = Програма
programme-link = Переглянути програму
programme-times-in-zone = Увесь час зазначено за часовим поясом заходу ({ $zone }).
programme-calendar-download = Додати всю програму до свого календаря (.ics)
programme-nothing-matches = Цього дня немає нічого, що відповідає Вашому вибору.
programme-visits = Ознайомчі візити
programme-speakers = Доповідачі
programme-filter = Фільтрувати програму
programme-filter-day = День
programme-filter-mode = Форма участі
programme-filter-theme = Тема
programme-filter-all = Усі
programme-filter-apply = Показати
theme-self-reliance = Цифрова самостійність мешканців
theme-guidance = Індивідуальний супровід за допомогою цифрових інструментів
theme-intake = Цифровий первинний прийом
theme-employees = Цифрові навички працівників
theme-risks = Ризики: відчуження, приватність, ШІ
mode-in_person = Очно
mode-online = Онлайн
mode-hybrid = Гібридно (очно та онлайн)
kind-plenary = Пленарне засідання
kind-breakout = Паралельна сесія
kind-workshop = Воркшоп
kind-visit = Ознайомчий візит
badge-streamed = Пряма трансляція
badge-cancelled = Скасовано
places-left-of = Вільних місць: { $left } із { $capacity }
places-full-waiting = Місць немає · { $waiting ->
    [0] список очікування відкритий
    [one] { $waiting } особа в черзі
    [few] { $waiting } особи в черзі
    [many] { $waiting } осіб у черзі
   *[other] { $waiting } осіб у черзі
}
places-unlimited = Кількість місць не обмежена
places-plenary = Для всіх, записуватися не потрібно
visit-meeting-point = Місце зустрічі
visit-transport = Транспорт
visit-bring = Що взяти з собою

## Programme on the manage page
choices-title = Ваша програма
choices-hint = Виберіть одну паралельну сесію або один воркшоп на кожен часовий проміжок, а якщо Ви будете присутні очно, — один ознайомчий візит. Змінювати свій вибір можна до початку заходу.
choice-book = Вибрати
choice-join-waitlist = Записатися до списку очікування
choice-leave = Відмовитися від місця
choice-leave-waitlist = Вийти зі списку очікування
choice-confirmed = У Вас є місце.
choice-waitlisted = Ви в списку очікування під номером { $position }.
choice-offered = Місце зарезервовано для Вас до { $deadline }.
agenda-title = Ваш розклад у календарі
agenda-download = Завантажити свій розклад (.ics)
agenda-subscribe-hint = Або підпишіться: тоді Ваш календар автоматично отримуватиме всі зміни. Ваш розклад може побачити будь-хто, хто знає цю адресу; якщо створити нову адресу, стара перестане працювати.
agenda-subscribe = Створити адресу для підписки
agenda-subscribe-done = Скопіюйте цю адресу у свій календар (наприклад, через «Додати календар за URL-адресою»):
email-activity-changed-subject = Зміни в «{ $title }»
email-activity-changed-body = Організатори змінили «{ $title }», куди Ви записалися. Тепер початок: { $when }. Ваше місце або Ваше місце у списку очікування зберігається.
email-activity-cancelled-subject = «{ $title }» скасовано
email-activity-cancelled-body = На жаль, «{ $title }», куди Ви записалися, скасовано. Ви можете вибрати іншу частину програми на сторінці своєї реєстрації.
email-activity-released-subject = Ваш запис на «{ $title }» більше не діє
email-activity-released-body = Організатори змінили «{ $title }», і тепер ця частина програми Вам недоступна: { $reason } Ваш запис більше не діє. Ви можете вибрати іншу частину програми на сторінці своєї реєстрації.
error-choose-from-list = Виберіть один із варіантів.
error-day-outside-event = Виберіть один із днів заходу.
error-time = Введіть час у форматі 09:30.
error-ends-before-start = Час завершення має бути пізнішим за час початку.

## Organizers: programme
staff-programme = Програма: сесії та ознайомчі візити
staff-activity-new = Додати сесію або ознайомчий візит
staff-activity-kind = Тип
staff-activity-title = Назва
staff-activity-summary = Короткий опис
staff-activity-room = Зала
staff-activity-starts = Початок (ГГ:ХХ)
staff-activity-ends = Завершення (ГГ:ХХ)
staff-activity-capacity = Місця для очної участі
staff-activity-capacity-hint = Залиште порожнім, щоб не обмежувати кількість. Якщо збільшити кількість, нові місця буде запропоновано людям зі списку очікування; вона не може бути меншою за кількість уже наданих місць.
staff-activity-save = Зберегти
staff-activity-cancel = Скасувати цю сесію
staff-activity-cancel-hint = Усі, хто записався, отримають лист і втратять своє місце.
staff-sign-ups = Записалися
staff-sign-ups-csv = Завантажити список записаних (CSV)
staff-manifest-csv = Завантажити список відвідувачів для охорони на вході (CSV)
staff-rooms = Зали
staff-room-name = Назва зали
staff-room-add = Додати залу
staff-speakers = Доповідачі
staff-speaker-add = Додати доповідача
staff-save-changes = Зберегти зміни
staff-remove = Видалити
staff-activity-speakers = Доповідачі
error-room-in-use = У цій залі ще проходять сесії. Спочатку призначте їм іншу залу, а потім видаліть цю.
activity-sign-up-hint = Уже зареєструвалися? Вибирайте сесії та записуйтеся на ознайомчий візит за посиланням у листі з підтвердженням.

## Library
email-library-received-subject = Ми отримали Вашу практику «{ $title }»
email-library-received-body = Дякуємо, що поділилися практикою «{ $title }» з бібліотекою. Її перегляне модератор; ми напишемо Вам, коли її буде опубліковано або якщо потрібні будуть зміни.
email-library-changes-subject = Потрібні зміни до «{ $title }»
email-library-changes-body = Після перегляду «{ $title }» модератор бібліотеки просить Вас внести кілька змін перед публікацією:
email-library-published-subject = «{ $title }» опубліковано
email-library-published-body = «{ $title }» тепер є у відкритій бібліотеці. Дякуємо, що поділилися досвідом своєї організації.
email-library-rejected-subject = «{ $title }» не буде опубліковано
email-library-rejected-body = Після перегляду модератором бібліотеки практику «{ $title }» вирішено не публікувати з такої причини:
email-library-follow = За посиланням нижче Ви можете стежити за своєю практикою, а поки вона на розгляді, — змінювати її.
email-library-action = Стежити за своєю практикою
error-file-too-large = Файл більший за 3 МБ. Зменште його (наприклад, збережіть PDF для вебу) або не додавайте його.
error-file-type = Цей тип файлу не приймається. Надішліть файл PDF, DOCX, PPTX, ODT, ODP, PNG або JPEG, який нормально відкривається.
error-file-empty = Файл порожній.
error-theme-required = Виберіть щонайменше одну тему.
error-practice-closed = Цю практику більше не можна змінити за цим посиланням.
error-practice-step = Ця дія зараз неможлива для цієї практики. Оновіть сторінку, щоб побачити її поточний стан.
error-note-required = Напишіть примітку для особи, яка надіслала практику: що змінити або чому.

## Best-practice library
nav-library = Бібліотека найкращих практик
library-title = Бібліотека найкращих практик
library-lead = Досвід організацій із прийому шукачів притулку з усієї Європи — у відкритому доступі для всіх.
library-open-data = Відкриті дані:
library-search = Пошук
library-search-button = Шукати
filter-all = Усі
library-sort = Сортування
library-sort-relevance = Спочатку найвідповідніші
library-sort-newest = Спочатку найновіші
library-results = { $count ->
    [0] Практик не знайдено. Спробуйте ввести менше слів або змінити фільтр.
    [one] { $count } практика
    [few] { $count } практики
    [many] { $count } практик
   *[other] { $count } практик
}
pager-pages = Сторінки
pager-previous = Попередня сторінка
pager-next = Наступна сторінка
pager-page-of = Сторінка { $page } з { $pages }
library-demo = Демонстраційний запис
library-demo-notice = Це демонстраційний запис, вигаданий для того, щоб показати, як працює бібліотека.
library-related = Схожі практики
library-back = Назад до бібліотеки
library-published = Опубліковано
library-download = Завантажити
library-file-size = { $kilobytes } КБ
library-contact = Контакт
library-theme-digital_self_reliance = Цифрова самостійність
library-theme-labour_participation = Участь у ринку праці
library-theme-sustainability = Сталий розвиток
library-theme-unaccompanied_minors = Неповнолітні без супроводу
library-theme-health_wellbeing = Здоров’я та добробут
library-theme-safety = Безпека
library-theme-housing_placement = Житло та розміщення
library-theme-participation_codesign = Участь і спільне проєктування
library-theme-data_privacy = Дані та приватність
library-submit-title = Надіслати найкращу практику
library-submit-lead = Поділіться досвідом своєї організації. Модератор переглядає кожну практику перед публікацією; Ви можете стежити за своєю практикою та змінювати її за посиланням, яке ми надішлемо Вам електронною поштою.
library-submit-button = Надіслати на розгляд
library-form-required = Поля без позначки «необов’язково» є обов’язковими.
library-no-event = Без заходу
library-current-file = Поточний файл: { $name }. Він залишиться, якщо Ви не виберете інший.
field-title = Назва
field-summary = Короткий підсумок
field-description = Опис
field-themes = Теми
field-event = Пов’язаний захід
field-contact-name = Ваше ім’я
field-contact-email = Ваша електронна адреса
field-contact-public = Опублікувати моє ім’я та електронну адресу разом із практикою
field-licence = Ліцензія
field-file = Файл
hint-summary = Два-три речення: що це таке і чого вдалося досягти.
hint-description = Що Ви зробили, для кого, що спрацювало, а що ні. Можна використовувати Markdown: **жирний шрифт**, списки з -, посилання у вигляді [текст](https://…).
hint-contact = Ми використовуємо ці дані, щоб повідомляти Вас про Вашу практику. Їх не буде опубліковано, якщо Ви не поставите позначку.
hint-licence = На яких умовах інші можуть повторно використовувати те, чим Ви ділитеся.
hint-file = Один файл PDF, DOCX, PPTX, ODT, ODP, PNG або JPEG, не більше 3 МБ.
licence-cc-by-4-0 = інші можуть повторно використовувати, якщо вказують Ваше ім’я
licence-cc-by-sa-4-0 = як CC BY, а похідні роботи поширюються на тих самих умовах
licence-cc-by-nc-4-0 = як CC BY, але не для комерційного використання
licence-cc0-1-0 = без умов, суспільне надбання
library-follow-title = Ваша практика
library-sent = Дякуємо! Ми отримали Вашу практику і надіслали Вам лист із посиланням на цю сторінку.
library-saved = Ваші зміни надіслано. Їх перегляне модератор.
library-status = Статус:
library-see-public = Переглянути у відкритій бібліотеці
library-history = Історія
library-edit = Змінити свою практику
library-edit-hint = Після надсилання змін практика знову потрапляє в чергу на розгляд. Уже опублікована версія залишається у відкритому доступі, доки нову не буде схвалено.
library-resubmit-button = Надіслати зміни на розгляд
library-withdraw = Відкликати
library-withdraw-hint = Якщо відкликати практику, її буде знято з розгляду та з відкритої бібліотеки.
library-withdraw-button = Відкликати мою практику
library-closed = Цю практику більше не можна змінити.
library-review-submitted = Очікує на розгляд
library-review-changes-requested = Потрібні зміни
library-review-published = Опубліковано
library-review-rejected = Не опубліковано
library-review-withdrawn = Відкликано
library-step-submit = Надіслано на розгляд
library-step-withdraw = Відкликано особою, яка надіслала практику
library-step-publish = Опубліковано
library-step-request-changes = Запитано зміни
library-step-reject = Відхилено
library-step-take-down = Знято з публікації
library-moderation = Модерація бібліотеки
library-updated = Остання зміна
library-has-public = попередня версія опублікована
library-revision = версія { $number }
library-submitter = Хто надіслав
library-preview = Попередній перегляд
library-preview-notice = Попередній перегляд: так практика виглядатиме після публікації.
library-note-required = Примітка для особи, яка надіслала практику (обов’язково)
library-note-optional = Примітка для особи, яка надіслала практику (необов’язково)
library-do-publish = Опублікувати
library-do-request-changes = Запросити зміни
library-do-reject = Відхилити
library-do-take-down = Зняти з публікації
error-upload-incomplete = Завантаження перервалося до завершення. Будь ласка, надішліть форму ще раз.
library-themes = Теми бібліотеки
library-themes-hint = Під час надсилання практики вибирають одну з цих тем. Тему, виведену з ужитку, більше не пропонують, але вона залишається в практиках, які її мають. Вбудовані теми платформи показуються в перекладі, доки Ви їх не перейменуєте.
library-theme-add = Додати тему
library-theme-name = Назва
library-theme-rename = Перейменувати
library-theme-retire = Вивести з ужитку
library-theme-restore = Знову пропонувати
library-theme-retired = виведено з ужитку
error-practice-changed = Поки Ви переглядали практику, надійшла її нова версія. Оновіть сторінку, щоб переглянути її.

## Your data (from the secret link)
manage-data-link = Переглянути, завантажити або видалити Ваші дані
data-title = Ваші дані
data-intro = Тут усе, що ця платформа зберігає про Вас щодо цього заходу. Бачити це можете лише Ви (за своїм посиланням) та організатори.
data-download = Завантажити як файл (JSON)
data-back = Назад до Вашої реєстрації
data-registration = Ваша реєстрація
data-status = Статус
data-list-consent = У списку учасників
data-privacy-consent = Повідомлення про конфіденційність прийнято
data-registered-at = Дата реєстрації
data-updated-at = Остання зміна
data-checked-in-at = Прибуття на місце проведення відмічено
data-secret-links = Посилання, надіслані Вам електронною поштою (зберігаються лише в закодованому вигляді)
data-calendar-feeds = Підписки на календар
data-sign-ups = Сесії та візити
data-emails = Листи до Вас
data-email-waiting = очікує на надсилання
data-staff-changes = Зміни, внесені організаторами
data-none = немає
data-yes = так
data-no = ні
data-erase-title = Видалити Ваші дані
data-erase-hint = Ваша реєстрація припиниться, Ваші місця отримають наступні люди зі списку очікування, Вам більше не надходитимуть листи, а Ваше ім’я, електронну адресу, організацію, посаду та потреби буде видалено назавжди. Залишаться лише знеособлені статистичні дані (країна, дата, очна чи онлайн-участь). Цю дію неможливо скасувати, і це посилання перестане працювати.
data-erase-confirm = Так, видалити мої дані
data-erase-submit = Видалити мої дані
error-confirm-erase = Поставте позначку, щоб підтвердити, що Ви хочете видалити свої дані.
erased-title = Ваші дані видалено
erased-body = Вашу реєстрацію припинено, а Ваші персональні дані видалено. Якщо Ви все ж захочете взяти участь, можете зареєструватися знову.
erased-back = Назад до заходу

## Privacy notice of an event
privacy-read-notice = Прочитати повне повідомлення про конфіденційність (відкриється в новій вкладці)
privacy-notice-title = Повідомлення про конфіденційність
privacy-notice-intro = У цьому повідомленні простими словами пояснено, що відбувається з даними, які Ви надаєте під час реєстрації на захід «{ $event }».
privacy-who-title = Хто зберігає Ваші дані
privacy-who-body = Організатори заходу (COA — Центральне агентство з прийому шукачів притулку, для International Knowledge Platform) зберігають Ваші дані на цій платформі. Вона працює на їхньому власному сервері: жодна інша компанія не отримує Ваших даних, а сторінки нічого не завантажують з інших вебсайтів.
privacy-what-title = Що ми зберігаємо
privacy-what-body = Ваше ім’я, електронну адресу, організацію та її тип, країну, посаду, форму участі (очно чи онлайн) та мову. Якщо Ви їх надаєте: потреби щодо доступності, харчові потреби та згоду на те, щоб Ваше ім’я було у списку учасників. Також сесії та ознайомчі візити, які Ви вибираєте, час відмітки Вашого прибуття на місці проведення та листи, які ми Вам надіслали.
privacy-why-title = Навіщо
privacy-why-body = Щоб організувати захід: підтвердити Ваше місце або Ваше місце у списку очікування, надсилати Вам практичну інформацію, відмітити Ваше прибуття на вході та порахувати учасників (за країною, днем і типом організації; у цих підрахунках нікого не названо).
privacy-sees-title = Хто це бачить
privacy-sees-body = Лише Ви (за посиланням у Вашому листі) та працівники організаторів, які мають роль на цій платформі (організатори, персонал, що відмічає прибуття на вході, адміністратори). Інші учасники бачать Ваше ім’я, організацію та країну, лише якщо Ви погодилися бути у списку учасників. Кожну зміну, яку працівники вносять у Вашу реєстрацію, фіксують.
privacy-how-long-title = Як довго
privacy-how-long-body = Потреби щодо доступності та харчування видаляються через 30 днів після заходу. Усі інші Ваші персональні дані знеособлюються через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } днів
} після заходу; залишаються лише підрахунки.
privacy-rights-title = Ваші права
privacy-rights-body = За посиланням у листі з підтвердженням Ви будь-коли можете переглянути, виправити, завантажити (як файл) і видалити свої дані. Видалення припиняє Вашу реєстрацію, а Ваше місце отримує наступна особа зі списку очікування.
error-registration-anonymised = Персональні дані цієї реєстрації видалено; її більше не можна змінити.
