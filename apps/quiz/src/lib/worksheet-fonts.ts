/**
 * The worksheet's fonts as this build serves them: the files of FONT_PACKAGES
 * (@attribution-lab/worksheet), emitted as assets. Only addresses: the files themselves are
 * fetched by pdfmake when a worksheet is made, and kept by the service worker as the teacher kit.
 */
import type { Family, FontStyle } from '@attribution-lab/worksheet';
import notoSansArabicBold from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import notoSansArabicRegular from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import notoSansItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoSansMath from '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff?url';

export const FONT_URLS: Record<Family, Record<FontStyle, string>> = {
  NotoSans: {
    normal: notoSansRegular,
    bold: notoSansBold,
    italics: notoSansItalic,
    bolditalics: notoSansBoldItalic,
  },
  NotoSansArabic: {
    normal: notoSansArabicRegular,
    bold: notoSansArabicBold,
    italics: notoSansArabicRegular,
    bolditalics: notoSansArabicBold,
  },
  NotoSansMath: {
    normal: notoSansMath,
    bold: notoSansMath,
    italics: notoSansMath,
    bolditalics: notoSansMath,
  },
};
