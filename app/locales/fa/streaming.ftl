# Live streams of the programme's sessions.

error-stream-not-live = پخش زنده هنوز شروع نشده است. صفحه خودش دوباره تلاش می‌کند.
error-stream-full = آن‌قدر افراد در حال تماشا هستند که سرور در حال حاضر جایی ندارد. صفحه خودش نیم دقیقه دیگر دوباره تلاش می‌کند.
error-stream-too-many-screens = شما هم‌اکنون این پخش را روی سه صفحه تماشا می‌کنید. یکی از آن‌ها را ببندید تا اینجا تماشا کنید؛ صفحه خودش دوباره تلاش می‌کند.
error-media-ports-full = سرور در حال حاضر اتصال آزادی برای پخش زنده ندارد. لطفاً یک دقیقه دیگر دوباره تلاش کنید.
error-sdp-invalid = پخش زنده راه‌اندازی نشد: اطلاعات اتصال فرستاده‌شده قابل استفاده نبود.

## The player

watch-title = تماشای زنده
watch-when = از { $starts } تا { $ends }
watch-waiting = پخش زنده هنوز شروع نشده است. وقتی شروع شود، خودش اینجا نمایش داده می‌شود.
watch-connecting = در حال اتصال…
watch-live = زنده
watch-dropped = پخش زنده قطع شد. در حال اتصال دوباره…
watch-play = شروع تماشا
watch-video-label = ویدئوی زندهٔ نشست
watch-needs-script = برای تماشا یا ارسال پخش زنده، باید JavaScript در مرورگر شما فعال باشد.
watch-register-first = فقط شرکت‌کنندگان ثبت‌نام‌شده می‌توانند این پخش زنده را تماشا کنند. پس از ثبت‌نام، ایمیلی با پیوندی برای تماشا دریافت می‌کنید.
watch-register-link = ثبت‌نام برای تماشا
watch-list-title = تماشای آنلاین
watch-live-badge = اکنون زنده

## The organizer's streams page

streams-title = پخش‌های زنده
streams-none = هیچ نشستی از این رویداد پخش زنده نمی‌شود. در برنامه، نشستی را به‌عنوان پخش زنده علامت بزنید.
streams-live = زنده از { $since } · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } بیننده
   *[other] { $viewers } بیننده
}
streams-not-live = زنده نیست
streams-whip-url = نشانی WHIP (در OBS: «تنظیمات»، «پخش»، خدمت «WHIP»)
streams-token = توکن Bearer
streams-token-once = همین حالا آن را کپی کنید: فقط یک بار نشان داده می‌شود. در OBS آن را در فیلد «Bearer Token» وارد کنید.
streams-token-set = تنظیم شده (پنهان). اگر گم شده است، یک توکن تازه بسازید.
streams-token-none = هنوز ساخته نشده است.
streams-audience = چه کسانی می‌توانند تماشا کنند
streams-public = همه، حتی بدون ثبت‌نام
streams-registered = فقط شرکت‌کنندگان ثبت‌نام‌شده
streams-publish-here = پخش از همین مرورگر
streams-make-token = ساختن توکن پخش
streams-new-token = جایگزین کردن توکن پخش
streams-revoke = باطل کردن توکن و توقف پخش
streams-make-public = باز کردن برای همه
streams-make-private = فقط برای شرکت‌کنندگان ثبت‌نام‌شده

## Publishing from the browser

publish-title = ارسال پخش زنده
publish-heading = پخش: { $session }
publish-source = چه چیزی فرستاده شود
publish-camera = دوربین و میکروفون
publish-screen = صفحه‌نمایش و میکروفون
publish-preview = پیش‌نمایش آنچه فرستاده می‌شود
publish-start = شروع پخش
publish-stop = توقف پخش
publish-starting = در حال شروع…
publish-live = زنده: اکنون می‌توان تماشا کرد.
publish-stopped = متوقف شد.
publish-failed = پخش شروع نشد. بررسی کنید که مرورگر اجازهٔ استفاده از دوربین و میکروفون را داشته باشد، سپس دوباره تلاش کنید.

## The dashboard

dashboard-no-stream = اکنون هیچ پخش زنده‌ای در جریان نیست.
dashboard-stream = زنده از { $minutes ->
    [one] { $minutes } دقیقه پیش
   *[other] { $minutes } دقیقه پیش
} · { $kbps } kbit/s · { $viewers ->
    [one] { $viewers } بیننده
   *[other] { $viewers } بیننده
}

## Live captions

watch-captions = زیرنویس
streams-captions = زیرنویس زنده
captions-title = زیرنویس زنده
captions-heading = زیرنویس زنده: { $session }
captions-intro = آنچه گفته می‌شود را، هر بار یک یا دو جمله، تایپ کنید و هر سطر را بفرستید. همهٔ بینندگان ظرف یک ثانیه آن را زیر تصویر می‌بینند. سطرها به‌عنوان متن مکتوب جلسه نگه داشته می‌شوند.
field-caption = سطر زیرنویس
hint-caption = حداکثر 300 نویسه.
captions-send = فرستادن سطر
captions-sent = سطرهای فرستاده‌شده
captions-none = هنوز سطری فرستاده نشده است.
error-caption-empty = ابتدا سطر زیرنویس را تایپ کنید.
error-caption-too-long = سطر بیش از حد طولانی است: هر بار حداکثر 300 نویسه بفرستید.
