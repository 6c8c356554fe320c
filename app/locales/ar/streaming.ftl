# Live streams of the programme's sessions.

error-stream-not-live = لم يبدأ البث بعد. ستعيد الصفحة المحاولة تلقائيًا.
error-stream-full = يشاهد عدد كبير جدًا من الأشخاص، ولا يتّسع الخادم لمزيد الآن. ستعيد الصفحة المحاولة تلقائيًا بعد نصف دقيقة.
error-stream-too-many-screens = أنت تشاهد هذا البث بالفعل على ثلاث شاشات. أغلق إحداها لتشاهد هنا؛ ستعيد الصفحة المحاولة تلقائيًا.
error-media-ports-full = لا يوجد لدى الخادم الآن اتصال متاح للبث المباشر. يُرجى المحاولة مرة أخرى بعد دقيقة.
error-sdp-invalid = تعذّر إعداد البث: بيانات الاتصال المرسلة غير صالحة للاستخدام.

## The player

watch-title = مشاهدة البث المباشر
watch-when = من { $starts } إلى { $ends }
watch-waiting = لم يبدأ البث بعد. سيظهر هنا تلقائيًا عند بدئه.
watch-connecting = جارٍ الاتصال…
watch-live = مباشر
watch-dropped = انقطع البث. جارٍ إعادة الاتصال…
watch-play = بدء المشاهدة
watch-video-label = فيديو مباشر للجلسة
watch-needs-script = تتطلب مشاهدة البث المباشر أو إرساله تفعيل JavaScript في متصفحكم.
watch-register-first = لا يمكن مشاهدة هذا البث إلا للمشاركين المسجَّلين. بعد التسجيل ستصلكم رسالة بريد إلكتروني فيها رابط للمشاهدة.
watch-register-link = التسجيل للمشاهدة
watch-list-title = المشاهدة عبر الإنترنت
watch-live-badge = مباشر الآن

## The organizer's streams page

streams-title = البث المباشر
streams-none = لا تُبثّ أي جلسة من هذه الفعالية. حدِّدوا في البرنامج الجلسة التي ستُبثّ.
streams-live = مباشر منذ { $since } · { $kbps } kbit/s · { $viewers ->
    [zero] لا يوجد مشاهدون
    [one] مشاهد واحد
    [two] مشاهدان
    [few] { $viewers } مشاهدين
    [many] { $viewers } مشاهدًا
   *[other] { $viewers } مشاهد
}
streams-not-live = البث متوقف
streams-whip-url = عنوان WHIP (في OBS: «إعدادات»، «بث»، الخدمة «WHIP»)
streams-token = رمز Bearer
streams-token-once = انسخوه الآن: فهو لا يظهر إلا مرة واحدة. في OBS يوضع في الحقل «Bearer Token».
streams-token-set = مُعيَّن (مخفي). أنشئوا رمزًا جديدًا إذا فُقد.
streams-token-none = لا يوجد بعد.
streams-audience = من يمكنه المشاهدة
streams-public = الجميع، حتى دون تسجيل
streams-registered = المشاركون المسجَّلون فقط
streams-publish-here = البث من هذا المتصفح
streams-make-token = إنشاء رمز للبث
streams-new-token = استبدال رمز البث
streams-revoke = إلغاء الرمز وإيقاف البث
streams-make-public = فتح المشاهدة للجميع
streams-make-private = للمشاركين المسجَّلين فقط

## Publishing from the browser

publish-title = إرسال بث مباشر
publish-heading = البث: { $session }
publish-source = ما الذي يُرسَل
publish-camera = الكاميرا والميكروفون
publish-screen = الشاشة والميكروفون
publish-preview = معاينة ما يُرسَل
publish-start = بدء البث
publish-stop = إيقاف البث
publish-starting = جارٍ البدء…
publish-live = مباشر: يمكن للجمهور المشاهدة الآن.
publish-stopped = توقف البث.
publish-failed = تعذّر بدء البث. تأكدوا من السماح للمتصفح باستخدام الكاميرا والميكروفون، ثم حاولوا مرة أخرى.

## The dashboard

dashboard-no-stream = لا يوجد بث مباشر الآن.
dashboard-stream = مباشر منذ { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} · { $kbps } kbit/s · { $viewers ->
    [zero] لا يوجد مشاهدون
    [one] مشاهد واحد
    [two] مشاهدان
    [few] { $viewers } مشاهدين
    [many] { $viewers } مشاهدًا
   *[other] { $viewers } مشاهد
}

## Live captions

watch-captions = الترجمة المكتوبة
streams-captions = ترجمة مكتوبة مباشرة
captions-title = ترجمة مكتوبة مباشرة
captions-heading = ترجمة مكتوبة مباشرة: { $session }
captions-intro = اكتب ما يُقال، جملة أو جملتين في كل مرة، وأرسل كل سطر. يراه كل من يشاهد أسفل الصورة خلال ثانية. تُحفظ الأسطر كنص مكتوب للجلسة.
field-caption = سطر الترجمة
hint-caption = 300 حرف كحد أقصى.
captions-send = إرسال السطر
captions-sent = الأسطر المرسلة
captions-none = لم يُرسل أي سطر بعد.
error-caption-empty = اكتب سطر الترجمة أولًا.
error-caption-too-long = السطر طويل جدًا: أرسل 300 حرف كحد أقصى في كل مرة.
