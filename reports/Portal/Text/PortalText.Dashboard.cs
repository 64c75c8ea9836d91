using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>The dashboard's words; counts and figures are named as the reports name them.</summary>
public static partial class PortalText
{
    public static readonly Label Dashboard = new("Бақылау тақтасы", "Панель мониторинга", "Dashboard");
    public static readonly Label QuarterChoice = new("Тоқсан", "Квартал", "Quarter");
    public static readonly Label Show = new("Көрсету", "Показать", "Show");
    public static readonly Label DistrictReturns = new("Аудандар мен қалалардың есептері (1-деңгей)", "Отчеты районов и городов (1-й уровень)", "Returns of districts and cities (tier 1)");
    public static readonly Label RegionReturns = new("Облыстардың өз есептері (2-деңгей)", "Собственные отчеты областей (2-й уровень)", "The regions' own returns (tier 2)");
    public static readonly Label RegionOwnReturn = new("Облыстың өз есебі (2-деңгей)", "Собственный отчет области (2-й уровень)", "The region's own return (tier 2)");
    public static readonly Label TilesTitle = new(
        "Аудандар мен қалалардың мерзімінде алынған есептері", "Отчеты районов и городов, полученные в срок", "Returns of districts and cities received on time");
    public static readonly Label TilesUnit = new(
        "мерзімінде алынғаны, күтілгеннің %-ы; үстінде: алынғаны / күтілгені", "получено в срок, % от ожидаемых; над этим: получено / ожидалось",
        "received on time, % of expected; above: received / expected");
    public static readonly Label BackToCountry = new("Бүкіл ел бойынша", "По всей стране", "The whole country");
    public static readonly Label Regions = new("Облыстар", "Регионы", "Regions");
    public static readonly Label NothingLoaded = new(
        "Бұл тоқсанның есептерінен әлі ештеңе жүктелмеген.", "Из отчетов за этот квартал еще ничего не загружено.", "Nothing of this quarter's returns has been loaded yet.");
}
