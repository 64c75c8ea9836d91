using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

public static partial class PortalText
{
    /// <summary>The words of the limits an upload is held to.</summary>
    public static class Limits
    {
        /// <summary>A sending refused whole because it is larger than any the loader would take, with the limit in megabytes.</summary>
        public static Label TooLarge(long bytes) => new(
            $"Жіберілген файлдар тым үлкен: бір жіберуде ең көбі {Megabytes(bytes, Language.Kk)} МБ. Ештеңе жүктелген жоқ.",
            $"Отправленные файлы слишком велики: не более {Megabytes(bytes, Language.Ru)} МБ за одну отправку. Ничего не загружено.",
            $"The files sent are too large: at most {Megabytes(bytes, Language.En)} MB in one sending. Nothing was loaded.");

        private static string Megabytes(long bytes, Language language) => NumberText.WithDecimals(bytes / (1024m * 1024m), 0, language);
    }
}
