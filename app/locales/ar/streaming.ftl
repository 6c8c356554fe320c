# Live streams of the programme's sessions.

error-stream-not-live = لم يبدأ البث بعد. ستعيد الصفحة المحاولة تلقائيًا.
error-sdp-invalid = تعذّر إعداد البث: بيانات الاتصال المرسلة غير صالحة للاستخدام.
