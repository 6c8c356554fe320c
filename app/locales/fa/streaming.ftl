# Live streams of the programme's sessions.

error-stream-not-live = پخش زنده هنوز شروع نشده است. صفحه خودش دوباره تلاش می‌کند.
error-sdp-invalid = پخش زنده راه‌اندازی نشد: اطلاعات اتصال فرستاده‌شده قابل استفاده نبود.
