# Live streams of the programme's sessions.

error-stream-not-live = Трансляція ще не почалася. Сторінка спробує ще раз сама.
error-stream-full = Зараз дивиться так багато людей, що на сервері немає місця. Сторінка спробує ще раз сама через пів хвилини.
error-stream-too-many-screens = Ви вже дивитеся цю трансляцію на трьох екранах. Закрийте один із них, щоб дивитися тут; сторінка спробує ще раз сама.
error-media-ports-full = Зараз на сервері немає вільного з’єднання для трансляції наживо. Спробуйте ще раз за хвилину.
error-sdp-invalid = Не вдалося налаштувати трансляцію: надіслані дані з’єднання непридатні.

## The player

watch-title = Дивитися наживо
watch-when = З { $starts } до { $ends }
watch-waiting = Трансляція ще не почалася. Вона з’явиться тут сама, щойно почнеться.
watch-connecting = З’єднання…
watch-live = Наживо
watch-dropped = Трансляцію перервано. Повторне з’єднання…
watch-play = Почати перегляд
watch-video-label = Відео сесії наживо
watch-needs-script = Щоб дивитися або передавати трансляцію, у Вашому браузері має бути увімкнено JavaScript.
watch-register-first = Цю трансляцію можуть дивитися лише ті, хто зареєструвався. Після реєстрації Ви отримаєте електронний лист із посиланням для перегляду.
watch-register-link = Зареєструватися, щоб дивитися
watch-list-title = Дивитися онлайн
watch-live-badge = Зараз наживо

## The organizer's streams page

streams-title = Трансляції
streams-none = Жодна сесія цього заходу не транслюється. Позначте в програмі сесію, яку треба транслювати.
streams-live = Наживо з { $since } · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } глядач
    [few] { $viewers } глядачі
    [many] { $viewers } глядачів
   *[other] { $viewers } глядача
}
streams-not-live = Не в ефірі
streams-whip-url = Адреса WHIP (в OBS: «Налаштування», «Трансляція», сервіс «WHIP»)
streams-token = Токен Bearer
streams-token-once = Скопіюйте його зараз: він показується лише один раз. В OBS його вводять у поле «Bearer Token».
streams-token-set = Задано (приховано). Якщо його втрачено, створіть новий.
streams-token-none = Поки що немає.
streams-audience = Хто може дивитися
streams-public = Усі, зокрема без реєстрації
streams-registered = Лише ті, хто зареєструвався
streams-publish-here = Транслювати з цього браузера
streams-make-token = Створити токен для трансляції
streams-new-token = Замінити токен для трансляції
streams-revoke = Відкликати токен і зупинити трансляцію
streams-make-public = Відкрити для всіх
streams-make-private = Лише для тих, хто зареєструвався

## Publishing from the browser

publish-title = Транслювати наживо
publish-heading = Трансляція: { $session }
publish-source = Що передавати
publish-camera = Камера й мікрофон
publish-screen = Екран і мікрофон
publish-preview = Попередній перегляд того, що передається
publish-start = Почати трансляцію
publish-stop = Зупинити трансляцію
publish-starting = Запуск…
publish-live = Наживо: трансляцію вже можна дивитися.
publish-stopped = Зупинено.
publish-failed = Не вдалося почати трансляцію. Перевірте, чи має браузер дозвіл використовувати камеру й мікрофон, і спробуйте ще раз.

## The dashboard

dashboard-no-stream = Зараз жодна трансляція не йде.
dashboard-stream = наживо вже { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } глядач
    [few] { $viewers } глядачі
    [many] { $viewers } глядачів
   *[other] { $viewers } глядача
}

## Live captions

watch-captions = Субтитри
streams-captions = Субтитри наживо
captions-title = Субтитри наживо
captions-heading = Субтитри наживо: { $session }
captions-intro = Набирайте те, що говорять, по одному-два речення, і надсилайте кожен рядок. Усі, хто дивиться, побачать його під зображенням протягом секунди. Рядки зберігаються як стенограма сесії.
field-caption = Рядок субтитрів
hint-caption = Щонайбільше 300 символів.
captions-send = Надіслати рядок
captions-sent = Надіслані рядки
captions-none = Ще не надіслано жодного рядка.
error-caption-empty = Спочатку наберіть рядок субтитрів.
error-caption-too-long = Рядок задовгий: надсилайте щонайбільше 300 символів за раз.
