"""Find the place a free text names: the index's names found in it, then a check that they agree.

The technique of the address parsers cpca and jionlp (scan the text for every known name, then
keep the province, city and county that agree with each other), on cardinfo's own index and
without their silent guesses: when a rule picks one of several places, the others are `also`.
"""

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from cardinfo import places as index
from cardinfo.models import Place
from cardinfo.record import Record
from cardinfo.text import OTHER_READINGS, is_cjk, normalise, scan_form

# Words that stand for a level of the division tree in an address, not for a place of their own.
FILLERS = ("中华人民共和国", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位", "市辖区")
# After a short name (北京, 中山) these mean a road, a village or a building named after the place.
_NAMED_AFTER = ("路", "街", "巷", "弄", "道", "号", "村", "桥", "里", "镇", "乡", "湾")
_NAMED_AFTER_2 = ("小区", "花园", "广场", "大厦", "公园", "社区", "胡同", "中学", "小学")
_NOT_A_GATE = frozenset("诊口前外户票市店面")  # 门诊, 门口 … (北大东门诊所): no gate
_CAMPUS_WORDS = ("校区", "院区", "分校", "分院", "校园")  # a university's or a hospital's site named after its place
_AT_A_GATE = frozenset("口前外")  # ... but 门口, 门外, 门前 at a gate (北大东门外), where a word closes before it
_COUNTRYSIDE = ("乡下", "乡间")  # words for the countryside after a county's name, not a township (婺源乡下)
_INSIDE = ("里面", "里头", "里边")  # inside the place (天坛公园里面, 太平老街里头住), not a lane (X里) named after it
_INSIDE_AFTER = frozenset("住的有开在上做")  # after a sight's 里: inside it


def _sight(rows: "Sequence[tuple[str, int]]") -> bool:
    """Whether every index row of a name is a landmark's (兵马俑, 三坊七巷)."""
    return all(kind == index.LANDMARK for _, kind in rows)


def _starts(text: str, name: str) -> Iterator[int]:
    """Where `name` starts in `text`, every occurrence (overlapping ones too)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


_MODIFIERS = frozenset("东西南北中大小新老一二三四五六七八九十马环")
# Streets many cities have, named after no place: after a city's name they are that city's (西安东大街, 昆明新街)
_CITY_STREETS = ("东大街", "西大街", "南大街", "北大街", "新街", "新马路")
_ROADS = ("路", "街", "巷", "道", "弄")
# After a short name in an address these mean a landmark named after the place (广州市中山大学, 北京西站).
_LANDMARKS = ("大学", "学院", "医院", "机场", "站")
# How an official name or an alias of a whole place ends: one that does not is a short form (北京, 杭州).
_LEVEL_ENDS = ("省", "市", "县", "区", "旗", "盟", "自治州", "镇", "乡", "街道")  # not 州: 杭州 is short
_LEVEL_CHARS = frozenset("省市县区旗盟州镇乡道")
# Short names of counties and districts that are everyday words first (延长 "extend", 富裕 "well off", 平安
# "safe", 公安 "police", 比如 "for example"; 安宁 "peace", 江山 "the realm", 武功 "martial arts", 安康 "good
# health", a greeting; 龙井, the tea; 商城 "a mall", 上街 "to go out"): in a longer text one counts as a place
# only when another name agrees with it (陕西延长, 海东平安) or the words around it make it one (在大方上班,
# 大方人: see located()); typed alone it is still the place. Chosen by hand among the index's short names that
# the jieba 0.42.1 word list (MIT) also lists as words; names people use mostly for the place (江北, 南山,
# 金山, 大同) are left out.
_EVERYDAY = (
    "资源 合作 和平 比如 解放 东方 前进 港口 公安 友好 通道 共和 友谊 平安 安定 延长"
    " 光明 新兴 运河 万年 东风 红旗 工农 富裕 清水 前锋 复兴 宏伟 平定 洞口 温泉"
    " 向阳 振兴 三元 大方 互助 新华 莲花 平和 六合 桃源 永和 台前 丰满 双桥 高台 二道 无为 小店 同心"
    " 灯塔 天涯 海棠 回民 安居 方正 新星 天台 开化 太平 长寿 长安"
    " 高明 长子 大名 龙门 平房 青山 安宁 江山 武功 清流 安康 龙井 新建 和顺 无极"
    " 商城 上街 会同 光泽 清新 威信 大观 元宝 芙蓉"  # a mall, to go out, jointly, gloss, fresh, prestige ...
    " 天桥 康乐 富民 白银 阳春 古城 六枝 丹江"  # a footbridge, recreation, enriching, silver, spring, an old town,
    # six stems, a river
    " 山城 江城 花城 石头城 星城 岛城 白云 金牛 金山"  # nicknames that are words too (卫星城, 半岛城市: 星城, 岛城)
)
# The same kind of names that say where in a town or a region (城北 "north of town", 市中 in 市中心,
# 江南 "south of the Yangtze"): a place only when another name agrees, whatever words stand around.
_POSITIONS = (
    "南部 城中 中方 南岸 城北 城东 城西 江岸 老城 江南 河东 河西 中原 新城 城关 站前 路南 路北 桥西 桥东"
    " 市中 市南 市北 海港 东湖 南湖 北湖"
)
_EVERYDAY_WORDS = frozenset(_EVERYDAY.split())
_COMMON_WORDS = _EVERYDAY_WORDS | frozenset(_POSITIONS.split())
# Kinds of name that only stand for a place (北京, 达茂旗, Peking, 兵马俑): read by the short forms' rules.
_SHORT_KINDS = frozenset({index.SHORT, index.FORMER_SHORT, index.EXONYM, index.LANDMARK})
_NOT_KEPT = 10  # added to the rank of a place an old name became that did not keep the name
LONGEST_NAME = 16  # characters of the longest name in the index (积石山保安族东乡族撒拉族自治县 is 15)
LONGEST_WORDS = 5  # words of the longest English name in the index (Horqin Left Wing Middle Banner)
LONGEST_TYPO = 12  # a whole query longer than this is no name typed with one character wrong
GAPS_AFTER = 16  # whole queries checked for a typo after which a batch indexes the names for it
# How a name typed after its city or province ends when it names a place inside it (官度区 for 官渡区).
_TYPO_ENDS = ("区", "县", "市", "旗", "盟", "州")
_LEVELS = frozenset("省市区县州旗盟乡镇村")  # words of a place's level, never a name's one character
# A character rarer than this in everyday text (jieba's counts) is one people misread or mistype by its look
# (荥 45, 亳 82, 歙 62, 睢 202, 濮 618); a commoner one (延 846, 玉 5140, 河 12374) looking wrong is a person's
# name or a word (陕西董安, 广西王林, 天津何东)
_RARE = 700
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")

Reading = tuple[tuple[Place, ...], tuple[int, ...], bool, bool, bool]  # places, ranks, short, weak, loose
Best = Callable[[list[Place]], tuple[list[Place], list[Place]]]


class Hit(Record):
    """A name found in the text: where (offsets in the scanned form), and the places it may mean."""

    start: int
    end: int
    places: tuple[Place, ...]
    ranks: tuple[int, ...]  # the kind rank of each place's name, 0 the best (an official full name)
    weak: bool = False  # too common a word to answer on its own in a longer text (城区, 渡口)
    short: bool = False  # only a short form (北京, 中山): in 北京路 it names a road, not the place
    loose: bool = False  # only a two-character short form (共和, 中山): a word more often than a place
    worded: bool = False  # a common word inside a run of words (人力资源): a place only beside another name


class Found(Record):
    """What the text names: one place (or several it cannot tell apart), the others a rule set aside."""

    places: tuple[Place, ...]
    also: tuple[Place, ...]
    start: int
    end: int
    # other places the text names on their own that no rule weighed (户口在天津，人在北京，能在北京换吗: 天津市):
    # named in the answer's `also` at the end, whatever the rules pick
    others: tuple[Place, ...] = ()


def blank_fillers(form: str, country: bool = True) -> str:
    """`北京市市辖区朝阳区` -> `北京市   朝阳区`: a level placeholder or the country names no place (offsets kept);
    with `country` False, a leading 中国 is kept (中国人民大学的食堂: a name that opens with it)."""
    for word in FILLERS:
        form = form.replace(word, " " * len(word))
    start = len(form) - len(form.lstrip())
    if country and form.startswith("中国", start):  # the country before an address (not 吉林中国新加坡食品区)
        form = form[:start] + "  " + form[start + 2 :]
    return form


def spans(form: str, shortest: int = 2) -> Iterable[tuple[int, int]]:
    """Every (start, end) of a run of letters that could be a name: no space inside, 2..16 long."""
    n = len(form)
    for i in range(n):
        if form[i] == " ":
            continue
        for j in range(i + shortest, min(n, i + LONGEST_NAME) + 1):
            if form[j - 1] == " ":
                break
            yield i, j


def named_after(form: str, end: int) -> bool:
    """True when what follows a short name makes it part of a road, village or building name.

    北京路, 中山村, 友谊大马路, 南京东路, 石门二路: the name, at most two words such as 大, 东 or 二,
    then a word for a road.
    """
    rest = form[end : end + 4]
    if rest[:2] in _COUNTRYSIDE or rest[:2] in _INSIDE:  # 婺源乡下: the countryside of 婺源, no 婺源乡
        return False
    if rest[:1] in _NAMED_AFTER or rest[:2] in _NAMED_AFTER_2:
        return True
    if rest[:1] == "园" and rest[1:2] not in ("区", "林", "博", "艺"):
        return True  # 康乐园, a campus's or an estate's name (not 苏州园区, 苏州园林, 北京园博园)
    if rest[:1] not in _MODIFIERS or rest.startswith(_CITY_STREETS):
        return False
    return rest[1:2] in _ROADS or (rest[1:2] in _MODIFIERS and rest[2:3] in _ROADS)


def other_district(form: str, end: int, places: Sequence[Place]) -> bool:
    """True when a short name is followed by 区 and none of its places is a 区: 贵安新区 (a new area)
    holds 安新, the short name of 安新县, and names no place of it (the caller asks this only of a
    name inside a word it did not read). 区域 and 区划 are no 区."""
    return (
        form[end : end + 1] == "区"
        and form[end + 1 : end + 2] not in ("域", "划")
        and not any(p.name.endswith("区") for p in places)
    )


# After a short name these make it a product's or a brand's name, not a place asked about (北京烤鸭,
# 金华火腿, 德州扒鸡, 凤凰卫视, 金山词霸): the hit is no place, even with no other name in the text.
_PRODUCTS = (
    *("烤鸭", "火腿", "扒鸡", "拉面", "小吃", "米粉", "米线", "板鸭", "烧鸡", "大盘", "鸡饭"),
    *("卫视", "啤酒", "香烟", "词霸", "扑克", "老窖", "白药", "螺蛳", "炒饭", "香醋", "榨菜", "毒霸"),
    *("晚报", "日报", "早报", "商报", "银行"),  # 新民晚报, 兴业银行: a newspaper's or a bank's name
    *("男篮", "女篮", "男排", "女排", "男足", "女足", "队的", "队又", "队赢", "队输"),  # 辽宁男篮又赢了, 新疆队的外援
    "家酒",  # 孔府家酒: a liquor
    "咸鸭",  # 高邮咸鸭蛋: the eggs (not 豆瓣: 成都豆瓣小组 is the website's group of 成都)
)
# A battle, a coup or a treaty named after where it was (夷陵之战, 永嘉之乱, 南京条约): no place, unless a
# memorial or a site of it follows in the clause (南昌起义纪念馆, 南昌起义军总指挥部旧址 are there).
_EVENTS = ("之战", "之变", "之乱", "之役", "战役", "起义", "兵变", "事变", "大捷", "条约")
# An emperor's reign or a dynasty whose name a county bears (咸丰皇帝, 咸丰年间, 西夏王朝): a time, no place.
_ERAS = ("皇帝", "年间", "王朝", "年号", "元年")
_FIRM_OPENS = frozenset("大酒饭宾集公广店")  # after such a word, a firm's or a building's name goes on
_SITES = (
    *("纪念馆", "纪念碑", "纪念园", "纪念地", "纪念堂", "纪念塔", "纪念公园"),  # (not 纪念日: a day)
    "旧址",
    "遗址",
    "博物",
    "会址",
    "故居",
    "陵园",
    "广场",
    "公园",
    "路",
    "街",
    "墓",
    "指挥部",
    "府",
    "楼",
    "馆",
    "碑",
    "塔",
)
# After a name these make it the title of a song, a film or a series (上海滩主题曲, 东方之珠这首歌,
# 宁夏歌词): a work, as a title between 《 and 》 is.
_WORKS = ("这首歌", "主题曲", "歌词", "插曲", "片头曲", "片尾曲")
# An airline's, a broker's or a carmaker's name (四川航空, 海南航空的客服电话, 国海证券, 福田汽车的货车),
# where the word ends the text or a clause or names the firm; not 南京航空航天大学, 郑州航空港区,
# 上海证券交易所, 北京汽车站, which are in the place.
_FIRMS = ("航空", "证券", "汽车")  # (福田汽车, 北京汽车: carmakers; not 北京汽车站)
_FIRM_AFTER = ("公司", "有限", "控股", "客服", "股份", "集团", "航班", "机票", "营业部", "报", "的")
_FIRM_BEFORE = ("坐", "乘", "搭")  # 坐厦门航空去昆明: flying with the airline
# Food named after a place (东坡肉, 武昌鱼, 黄山毛峰, 宁夏枸杞) — only where the food word ends the clause
# or what follows speaks of food: 肉 and 鱼 also open places' and trades' names (重庆鱼洞, 肉联厂, 肉价).
_FOODS = ("肉", "鱼", "肘子", "毛峰", "毛尖", "枸杞", "羊肉", "牛肉", "腊肉", "热干面", "醋鱼", "小吃")
# Dishes and drinks known by their place (重庆火锅, 长沙臭豆腐, 西安肉夹馍, 普洱茶好喝吗, 四川菜): only at
# the clause's end or before words about food, not before more characters (杭州茶叶市场, 长沙茶子山).
_DISHES = (
    *("火锅", "臭豆腐", "豆腐", "包子", "小面", "凉皮", "肉夹馍", "泡馍", "烤鱼", "烧烤", "麻辣烫"),
    *("汤圆", "糍粑", "菜", "茶", "白茶", "红茶", "黑茶", "绿茶", "黄酒", "白酒"),
    *("盐水鸭", "牛肉汤", "臊子面", "胡辣汤", "烧饼", "麻花", "龙虾", "粉丝", "香梨", "瓜片", "银针", "鸡"),
    *("阿胶", "可乐", "巧克力", "老白干", "小刀"),  # 东阿阿胶, 崂山可乐 (not 东阿阿胶厂, 赫章可乐乡)
    *("炸酱面", "卤煮", "熟茶", "生茶", "烤串", "拌粉", "煎饼果子", "煎饼", "手抓饼", "回锅肉"),
    # goods known by where they grow or are made (五常大米, 吉林人参, 山西老陈醋, 和田玉, 景德镇瓷器)
    *("大米", "小米", "黑米", "苹果", "红枣", "大枣", "小枣", "板枣", "人参", "木耳", "松茸", "当归"),
    *("芒果", "蜜桔", "脐橙", "荔枝", "樱桃", "猕猴桃", "核桃", "葡萄", "葡萄干", "葡萄酒", "奶粉", "奶茶"),
    *("土豆", "芋头", "山药", "大蒜", "花椒", "辣椒", "蜂蜜", "香菇", "海参", "大闸蟹", "牛肉干", "滩羊"),
    *("铁观音", "翠芽", "老陈醋", "陈醋", "红肠", "橄榄油", "咖啡", "羊肉粉", "酸汤鱼", "肠旺面", "老友粉"),
    *("梨", "青"),  # 莱阳梨打折了, 蒜蓉炒上海青 (a vegetable; not 上海青浦区, 上海青年路)
)
# Goods known by where they are made or grow (景德镇瓷器, 龙泉宝剑, 天山雪莲, 章丘大葱, 北京犬): the thing where
# a measure word stands before the name (这把龙泉宝剑, 那只北京犬), or where the goods' word ends there: the
# clause's end, a little word or a verb of using it, a number (砀山酥梨十块钱), what is made of it (景德镇瓷器碗)
# or words about food. Before anything else the place stays (景德镇陶瓷大学, 北京犬证, 砀山酥梨果园, 我们宜兴紫砂壶…).
_GOODS = (
    *("瓷器", "陶瓷", "紫砂壶", "宣纸", "刺绣", "剪纸", "年画", "薰衣草"),
    *("宝剑", "雪莲", "酥梨", "鸭梨", "大葱", "犬"),
)
_GOODS_OBJECTS = ("碗", "杯", "盘", "瓶", "茶具", "摆件", "镯", "吊坠", "挂件", "礼盒")
_MEASURES = frozenset("把套箱只条件个斤盒袋根颗块瓶对副张支盆株棵")
# Measure words of things and features that no place is counted with (一座名山, 那扇石门, 一眼龙泉), after a number
# or a word pointing at one
_COUNTED = frozenset("座扇道条块片口间棵眼处")
_COUNTING = frozenset("一二两三四五六七八九十几这那哪每某")
_NUMERALS = frozenset("一二两三四五六七八九十几0123456789")
_JADE = ("玉",)  # 和田玉, 和田玉很贵: not before 和 (珙县玉和乡 is a township)
_PRODUCT_SITES = (*_SITES, "园", "化", "厂", "产业", "基地", "公司", "集团", "市场")
_FOOD_STARTS = frozenset(word[0] for word in (*_FOODS, *_DISHES, *_JADE))
_FOOD_MORE = ("子", "茶", "叶", "原浆", "干", "串", "礼盒", "特产")  # 枸杞子, 毛峰茶, 牛肉干
_FOOD_FORMS = ("饼", "糕", "酱", "砖", "罐")  # the forms a food is sold in (普洱茶饼, 阿胶糕, 茶砖)
# What follows one name only and makes it a product or a time (西湖龙井, 北京时间; not 吉林龙井, 上海时间).
_PRODUCT_OF = {
    "西湖": ("龙井",),
    "北京": ("时间", "现代"),  # 北京现代: the carmaker (not 北京现代化, see named_product)
    "朝阳": ("产业",),  # 朝阳产业: a "sunrise industry"
    "日照": ("时间", "时长", "充足", "强烈", "不足", "条件", "很足"),  # sunshine (这里日照时间长)
    "郫县": ("豆瓣",),  # 郫县豆瓣, the bean paste (郫县 is 郫都区 today)
    "崂山": ("白花",),  # 崂山白花蛇草水, a drink
}
_ABOUT_FOOD = (
    "怎么",
    "要",
    "好吃",
    "好喝",
    "做法",
    "的做法",
    "很",
    "太",
    "真",
    "和",
    "跟",
    "配",
    "味道",
    "多少钱",
    "哪里买",
    *("是", "泡", "煮", "炖", "蒸", "炒", "送人", "买"),  # 和田玉是真的吗, 吉林人参泡酒, 五常大米煮粥
    *("闻", "吃", "口感", "馅", "正宗", "哪家"),  # 长沙臭豆腐闻着臭, 宁波汤圆哪家好
    *("加", "越", "到底", "最", "哪个", "的正宗"),  # 重庆小面加个煎蛋, 普洱熟茶越陈越香, 南昌拌粉哪个好吃
    *("打折", "便宜", "贵", "一斤", "几块", "两块", "块钱", "水分", "蘸", "白切"),  # 莱阳梨打折, 文昌鸡白切
)
# (和田玉手镯, 和田玉吊坠: a jade's goods)
_ABOUT_JADE = (
    *(word for word in _ABOUT_FOOD if word not in ("和", "跟", "配")),
    "手镯",
    "镯子",
    "吊坠",
    "挂件",
    "籽料",
)
# What follows a name when it is where someone is from, not a person's given name (我舅舅郑州的，…;
# 我表哥曾长春工作过; not 我同事张安阳的孩子).
_FROM_THERE = ("人", "工作", "上班", "打工", "那边", "这边", "老家", "残联")


# Words after which a word starts (去亚龙湾, 在明尼苏达州): with the start of a clause, where another
# place's name is read as one.
_BEFORE_WORD = frozenset(
    "在去到从往来是住游逛和与跟及的了过于赴回国离近邻喺"
)  # 国: 美国明尼苏达州; 离X不远, 靠近X; 喺: Cantonese 在


# (爬泰山, 打卡, 游览, 参观): before a sight's name, a word ends; not 看, which watches films and shows too
_SEEING = frozenset("爬登拍观卡览玩游逛")
_GOING_TO_SEE = ("去看", "来看")  # 带孩子去看兵马俑 (not 看少林寺这部老电影: a film)
_ASKING_OPENERS = ("请问", "想问", "问一下", "问下", "问问")  # words that open a question, as a clause's start does


def _starts_word(
    form: str,
    a: int,
    b: int,
    names: "Sequence[tuple[int, int, object]]",
    town_ends: Collection[int] = (),
    anywhere: bool = False,
) -> bool:
    """Whether form[a:b] starts a word: at a clause's start, after a little word or a name (台湾高雄县;
    a township's among `town_ends`: 珞珈山武汉大学), or `anywhere`, and no name found in the text runs
    across either of its ends (山东武城: 山东 across 东武城's start)."""
    after_name = a in town_ends or any(j == a for _, j, _ in names)
    asked = form[:a].endswith(_ASKING_OPENERS)  # (请问白银的残联在哪)
    opens = anywhere or not a or form[a - 1] in _CLAUSE_STARTS or form[a - 1] in _BEFORE_WORD
    if not opens and not after_name and not asked:
        return False
    if a and form[a - 1 : a + 1] in ("国外", "国内"):  # 借鉴国外滩涂: 国外 is a word, 外滩 no sight
        return False
    spans = [(i, j) for i, j, _ in names]
    # (a name itself inside the tail of an earlier one does not count: 上海东方明珠 holds 海东)
    crossing = [(i, j) for i, j in spans if (i < a < j or i < b < j) and not any(h < i < k for h, k in spans)]
    return not crossing


# What follows a thing named after a place (大理石地板, 三明治好吃, 中山装怎么穿) where the thing's word
# ends: not 三明治疗, 大理石门村, 中山装饰城, whose characters go on into another word.
_AFTER_THING = frozenset(
    "的了是和跟与及或配炒做穿吃喝泡开铺地很太真好吗呢啊吧呀也都还就多哪怎一个这那不到有加越最比会能去给照买卖送挂戴摆在"
    "拍长花瓶碗盆"  # 中山装拍照, 黄山松长得真好, 景泰蓝花瓶, 黄山松盆景
)
# (a food's taste, or who eats it, after it: 东坡肉肥而不腻, 长沙臭豆腐我是真吃不惯)
_AFTER_FOOD = (_AFTER_THING - frozenset("铺一个开地穿拍长花瓶碗盆")) | frozenset("香甜辣咸酸鲜嫩脆软肥我你他她")


def _ends_word(form: str, end: int, kind: str = "thing") -> bool:
    """Whether a word of data/words.csv's `thing` or `food` kind ends at `end`: the text's or a
    clause's end, or a little word or a verb of using it after it (a food's: not 铺 or 一, which open a
    shop's or a street's words after it: 天津包子铺, 周村烧饼一条街)."""
    after = _AFTER_THING if kind == "thing" else _AFTER_FOOD
    return end == len(form) or form[end] in _CLAUSE_STARTS or form[end] in after


# Words of being or going somewhere right before a name (在天津包子很便宜, 我在湖南菜太辣): there the
# name is the place, whatever thing its characters open.
_GOING = frozenset("在住到去来从回赴往游逛喺")  # 喺: Cantonese for 在


def _placed(form: str, start: int) -> bool:
    return start > 0 and form[start - 1] in _GOING


def _numbered(form: str, end: int) -> bool:
    """Whether a house number follows (建设路18号): the words before it name a road, not a township."""
    rest = form[end:].lstrip()
    return rest[:1].isdigit() or rest[:1] == "号"


# Endings of townships' short forms that are kinds of place found in any city (开发区, 工业园, 火车站).
_ANYWHERE_KINDS = ("区", "园", "站")
_PLANTED = ("种", "种了", "种着", "栽", "栽了", "栽着")
# After a sight's name these make a longer word (神农山庄, 鸟巢蕨, 广东江湖菜, 兵马俑展): no sight.
_NOT_AFTER_SIGHT = ("庄", "蕨", "菜", "展", "出版社")  # (中国人民大学出版社的书: a publisher)


def untitled(text: str) -> str:
    """`text` with the titles of works between 《 and 》 blanked (赵雷的《成都》, 《上海滩》的主题曲):
    a title names a song, a film or a book, not a place; a document's title keeps its place
    (《昆明市残疾人证管理办法》). As long as `text`, so positions hold."""
    at = text.find("《")
    while at >= 0:
        end = text.find("》", at + 1)
        if end < 0:
            break
        if not any(word in text[at:end] for word in _DOCUMENT_WORDS):
            text = text[: at + 1] + " " * (end - at - 1) + text[end:]
        at = text.find("《", end + 1)
    return text


# Words of a document's title (办法, 条例, 通知 …): the place it names is where it applies.
_DOCUMENT_WORDS = (
    *("办法", "条例", "通知", "规定", "细则", "指南", "方案", "公告", "流程", "须知", "意见", "决定"),
    *("标准", "目录", "残联", "残疾", "政府", "公报", "报告", "计划", "规划", "纲要", "实施"),
)


def _agree(a: Hit, b: Hit) -> bool:
    """Whether some place of `a` and some of `b` are one inside the other (or the same)."""
    return any(_on_path(p, q) for p in a.places for q in b.places if p.code and q.code)


def _food(form: str, end: int) -> bool:
    """Whether a food word named after the place stands at `end` and is talked of as food."""
    if form[end : end + 1] not in _FOOD_STARTS:
        return False
    for words, talk in ((_FOODS, (*_ABOUT_FOOD, *_FOOD_MORE)), (_DISHES, _ABOUT_FOOD), (_JADE, _ABOUT_JADE)):
        for word in words:
            if form.startswith(word, end):
                after = form[end + len(word) :]
                if not after or after[0] in _CLAUSE_STARTS or (after[0] in _AFTER_FOOD and words is not _JADE):
                    return True  # (泡点宁夏枸杞喝; not 珙县玉和乡)
                if after.startswith(talk) or after.startswith(_FOOD_FORMS):
                    return True
    return False


# Districts' names that are words for any town's parts: the old and the new town (拉萨老城区, 布达拉宫下面的老城区
# are in 拉萨, not 洛阳's 老城区), besides 城区, 郊区 and the other two-character ones ending in 区.
_TOWN_PARTS = frozenset(("老城区", "新城区"))


def _district_word(name: str) -> bool:
    """Whether a district's name is also an everyday word for a part of any town (城区, 郊区, 老城区)."""
    return (len(name) == 2 and name.endswith("区")) or name in _TOWN_PARTS


_SQUARED = ("根", "米", "和", "差", "数", "公里", "千米", "厘米")
_PACKETS = ("来包", "一包", "两包", "几包", "买包", "拿包", "来条", "买条", "拿条", "一条烟")


def _smoked(form: str, start: int, end: int) -> bool:
    """Whether a name follows a packet of cigarettes and ends there (来包玉溪，再拿个打火机; 买条白沙烟):
    the brand, no place (not 来条长沙的新闻, 一包包头的土特产)."""
    next_one = form[end : end + 1]  # (one character of the brand's name after a place's: 红塔 and 山)
    cigarettes = form.startswith("香烟", end) or (
        is_cjk(next_one) and next_one not in _LEVELS and form.startswith("香烟", end + 1)
    )
    if form[:start].endswith("抽") or cigarettes:
        return True  # 我爸就爱抽红塔山, 红塔山香烟多少钱一条 (红塔 and 山): what one smokes is a brand
    brand = _clause_ends(form, end) or form[end] in "烟和"
    return brand and (form[:start].endswith(_PACKETS[:-1]) or form[: start + 3].endswith(_PACKETS[-1]))


def _goods(form: str, start: int, end: int) -> bool:
    """Whether goods named after the place at `start`..`end` stand after it and are talked of as goods."""
    word = next((w for w in _GOODS if form.startswith(w, end)), None)
    if word is None:
        return False
    if start and form[start - 1] in _MEASURES:
        return True  # 这把龙泉宝剑, 我家那只北京犬
    after = end + len(word)
    if _clause_ends(form, after) or form[after] in _AFTER_FOOD:  # (not 铺子, 地里, 一条街)
        return True
    if form[after] in _NUMERALS and form[after + 1 : after + 2] not in ("条", "号"):  # not 一条街, 8号
        return True
    return form.startswith(_GOODS_OBJECTS, after) or form.startswith(_ABOUT_FOOD, after)


def _from_there(form: str, end: int) -> bool:
    """Whether the words after a name say it is where someone is from (郑州的，…, 徐州人, 长春工作过)."""
    after = form[end:]
    return after.startswith(_FROM_THERE) or (after[:1] == "的" and (len(after) == 1 or after[1] in _CLAUSE_STARTS))


# A person's name: a common surname, a short place name as the given name, then a title (刘长春主任,
# 李延安同学, 孙中山先生).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢金石江"
    "姜崔钟谭陆汪范廖贾夏韦付方邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
)
_TITLES = (
    "先生",
    "女士",
    "同学",
    "老师",
    "主任",
    "同志",
    "书记",
    "局长",
    "校长",
    "经理",
    "医生",
    "师傅",
    "阿姨",
    "大爷",
    *("教授", "律师", "护士", "大夫", "老板", "表哥", "表姐", "表弟", "表妹", "大哥", "大姐"),
    *("叔叔", "姐姐", "哥哥", "爷爷", "奶奶", "妹妹", "弟弟", "老爷", "伯伯", "婶婶"),
)
# Who a person named at a clause's start is (许昌是我们康复中心新来的小伙子, 黎平是我的康复治疗师): no place is.
_ROLES = (
    *("小伙子", "姑娘", "队长", "治疗师", "老师", "医生", "志愿者", "朋友", "同事", "同学", "邻居", "老板"),
    *("师傅", "队员", "司机", "护士", "歌手", "教练", "党员", "典型", "大哥", "大姐", "学生", "员工"),
)
# What a person named at the start of a sentence does (李丽江下周结婚, 王昆明说): not a place's doing.
_DOES = (
    *("说", "下周", "今天", "明天", "昨天", "结婚", "生日", "请假", "来了", "去了", "告诉", "打电话", "发消息"),
    *("给我", "给他", "给她", "跟我", "找我", "问我", "让我", "叫我", "帮我", "陪我", "借我"),  # 王海南给我打电话了
    *("你好", "您好", "在吗", "在不在", "早上好", "晚上好"),  # 陈海城你好，…: a greeting to the person
)
_CLAUSE_STARTS = frozenset(" ，,。.！!？?；;：:、\n")
# What a person named at a text's start has (陈天津的残疾证): theirs, not a place's
_THEIRS = tuple(
    "的" + what for what in ("残疾证", "证", "户口", "身份证", "孩子", "儿子", "女儿", "妈", "爸", "老婆", "老公", "家")
)
# Who a person is to the writer, right before the name (我同事张安阳, 邻居李长春).
_PEOPLE = (
    *("同事", "同学", "朋友", "邻居", "老公", "老婆", "丈夫", "妻子", "儿子", "女儿", "室友", "名叫"),
    *("表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "姐夫", "妹夫", "嫂子", "舅舅", "叔叔"),
    *("舅妈", "姑姑", "姑父", "姨妈", "姨父", "外甥", "外甥女", "侄子", "侄女", "老丈人", "岳父", "岳母"),
    *("女婿", "儿媳", "孙子", "孙女", "外孙", "哥哥", "姐姐", "弟弟", "妹妹", "师傅", "徒弟", "领导"),
    *("闺蜜", "发小", "实习生", "网友", "同桌", "老同学", "男朋友", "女朋友", "对象", "班主任", "老板"),
    "隔壁",  # (隔壁王建宁帮我填的申请表)
)


# What follows the name of a ship (辽宁舰), a princess (文成公主, 和硕公主) or a spirit held up (博爱精神, 延安精神):
# the name is no place there.
_TITLED_AFTER = ("舰", "公主", "精神")


# Cities abroad whose usual Chinese names hold a short name of a division here (乌兰巴托: 乌兰县;
# 旧金山: 金山区; 多伦多: 多伦县), in the forms Xinhua's transliterations use.
_ABROAD = ("乌兰巴托", "乌兰乌德", "吉隆坡", "旧金山", "多伦多")
# Cities abroad whose places right after them are theirs (京都岚山)
_CITIES_ABROAD = ("京都", "大阪", "东京", "首尔", "奈良", "札幌", "名古屋", "河内", "胡志明市", "盐湖城")
# Countries whose places right after them are theirs (韩国全州, 韩国大田, 日本松山): not China's namesakes.
_COUNTRIES = (
    *("韩国", "日本", "美国", "英国", "法国", "德国", "俄罗斯", "澳大利亚", "加拿大", "新加坡", "马来西亚"),
    *("泰国", "越南", "朝鲜", "印度", "意大利", "西班牙", "新西兰", "菲律宾", "印尼", "蒙古国"),
)


_ABROAD_BEFORE = (*_COUNTRIES, *_CITIES_ABROAD, *_ABROAD)  # (旧金山的金门大桥)
_COUNTRY_FIRSTS = frozenset(c[0] for c in _COUNTRIES)
_COUNTRY_LATER = frozenset(ch for c in _COUNTRIES for ch in c[1:])


def named_product(form: str, start: int, end: int, foods: bool = True) -> bool:
    """True when the name at `start`..`end` opens a product's, a food's or a firm's name (北京烤鸭,
    沙县小吃, 四川航空, 西湖龙井). A dish is named by a short name, not by a nickname: 蓉城火锅 is
    hot pot in 成都 (`foods` False)."""
    rest = form[end : end + 2]
    if rest in _PRODUCTS or form.startswith(_WORKS, end):
        return True
    if form[end - 1 : end + 1] == "平方" and (form.startswith(_SQUARED, end + 1) or _clause_ends(form, end + 1)):
        return True  # 开平方和开立方, 四平方米: a square, not 开平 or 四平 (往南平方向走 is 南平)
    if _smoked(form, start, end):
        return True  # 给我来包玉溪: a packet of cigarettes of that brand
    if rest[:1] == "牌" and rest not in ("牌坊", "牌楼", "牌子", "牌照") and not _placed(form, start):
        return True  # 凤凰牌自行车, 上海牌手表: a brand (not 我在上海牌照…: where someone is)
    # (or one character on, the event's word ending the clause: 玄武门之变, not 杭州城之变迁)
    later = form[end + 1 : end + 3] in _EVENTS[:4] and _clause_ends(form, end + 3)
    ending = rest in ("会战", "会师") and _clause_ends(form, end + 2)  # 长沙会战, not 会宁会师大道 or 任丘会战道镇
    # not 临颍皇帝庙乡 (a township), nor 大同王朝大酒店 (a hotel's name)
    era = (
        rest in _ERAS and not form.startswith(("皇帝庙", "皇帝陵"), end) and form[end + 2 : end + 3] not in _FIRM_OPENS
    )
    event = end + 2 if rest in _EVENTS or era or ending else end + 3 if later else 0
    if event and not _site_follows(form, event):
        return True
    if rest in _FIRMS and (
        _clause_ends(form, end + 2) or form.startswith(_FIRM_AFTER, end + 2) or form[:start].endswith(_FIRM_BEFORE)
    ):
        return True
    # where someone is comes before what they eat there (我在成都菜很贵, 在淄博烧烤很火吗): a place
    eats = foods and not (start and form[start - 1] in _BEFORE_FOOD) and (_food(form, end) or _goods(form, start, end))
    # (not 朝阳产业园, 北京现代化, 郫县豆瓣厂, 郫县豆瓣博物馆: a park, a process, a factory, a site there)
    named = rest in _PRODUCT_OF.get(form[start:end], ()) and not form.startswith(_PRODUCT_SITES, end + 2)
    named = named and not _placed(form, start)  # (我在日照时间久了: where someone is)
    return eats or named


def _site_follows(form: str, at: int) -> bool:
    """Whether a memorial or a site of an event follows later in its clause (南昌起义纪念馆, 旧址)."""
    return any(word in form[at : _clause_end(form, at)] for word in _SITES)


def _old_name_product(form: str, start: int, end: int) -> bool:
    """A product or food named after an old county name that is a place's short name today (沙县小吃,
    沙县小吃加盟费), not a street or hall of it nor a bank there (单县小吃街, 单县银行附近), which are in it."""
    return named_product(form, start, end) and not form.startswith(("小吃街", "小吃城", "银行"), end)


def _other_campus(form: str, hit: Hit, sights: Sequence[Hit]) -> bool:
    """Whether `hit` names a campus of the university just before it after a county far from it: in
    neither the university's city nor its province (浙江大学玉泉校区: 玉泉 is a road of 杭州, not
    呼和浩特's 玉泉区). A campus named after a place of the city or the province, or after a city, is
    there (同济大学嘉定校区 → 嘉定区, 浙江大学海宁校区 → 海宁市, 北师大珠海校区 → 珠海市)."""
    if not form.startswith("校区", hit.end):
        return False
    # (right after it, or after its 的: 电子科技大学的沙河校区)
    before = (hit.start, hit.start - 1) if form[hit.start - 1 : hit.start] == "的" else (hit.start,)
    codes = [p.code for s in sights if s.end in before for p in s.places if p.code]
    if not codes:
        return False
    near = {code[:4] for code in codes} | {code[:2] for code in codes}
    return not any(p.code[:4] in near or p.code[:2] in near or p.level == "prefecture" for p in hit.places if p.code)


_HOSPITAL_WORDS = ("附属", "医院", "口腔", "肿瘤", "妇产", "妇幼", "儿童医院", "眼科医院")


def _its_hospital(form: str, end: int) -> bool:
    """Whether a university's name is followed by one of its hospitals' (浙大一院, 北京大学人民医院,
    中山大学附属第一医院, 川大华西医院), which lie elsewhere than its campus."""
    after = form[end : end + 8]
    return after.startswith(_HOSPITAL_WORDS) or (after[1:2] == "院" and after[:1] in _NUMERALS) or "医院" in after[:6]


def _students_or_town(form: str, end: int) -> bool:
    """Whether 生 or 城 after a university's name makes the words its students or a university town
    (浙江大学生, 厦门大学城), not a school of it (北京大学生命科学学院, 同济大学城市规划学院)."""
    after = form[end : end + 2]
    return (after[:1] == "生" and after[1:] not in _LIFE) or (after[:1] == "城" and after[1:] != "市")


# What follows 生 in the names of a university's schools (生物, 生命, 生态 …): not its students.
_LIFE = frozenset("物命态理化产")


# Words after a township's short form that name the sight it is known for (磁器口古镇, 朱家角古镇).
_TOWN_SIGHTS = ("古镇", "老街", "景区", "风景区", "旅游区", "古城", "水乡")
# English words after a place's name that make it a road's, a street's or a park's (Nanjing Road).
_LATIN_ROADS = ("road", "street", "avenue", "lane", "rd", "st", "lu", "jie", "park", "hutong", "alley")


def _road_after(form: str, end: int) -> bool:
    """Whether the English word after the name ending at `end` makes it a road's or a park's (Zhongshan Road)."""
    word = form[end + 1 :].split(" ", 1)[0].strip(".,;:!?()")
    return word in _LATIN_ROADS


_WORK_THERE = ("上班", "工作", "上学", "打工", "住")  # after a township's short form opening a text


def _town_said(form: str, key: str, kind: str | None) -> bool:
    """Whether a text names the township whose short form `key` is (of `kind` in data/words.csv, or
    none: a word the dictionary lists never is, 体育场, 五角场): after a word of where someone is or
    goes (在陆家嘴上班, 离中关村不远, 靠近徐家汇), or opening the text or a clause before a word of being
    near it or of the sight it is known for (中关村那边现在能办吗, 磁器口古镇; not 最近关帝庙那边, whose 近
    is no cue), or before 的 that ends the clause (杨柳青的，…: where the writer is from)."""
    if kind is not None:
        return False
    start = form.find(key)
    if form[max(0, start - 2) : start].endswith(_TOWN_CUES):
        return True
    opened = start == 0 or form[start - 1] in _CLAUSE_STARTS
    end = start + len(key)
    if opened and form.startswith("的", end) and _clause_ends(form, end + 1) and _of_the_card(form):
        return True  # 杨柳青的，我妈想办证: who the writer is, by where they are from (not 黄鹤楼的，一条多少钱)
    if form.startswith(("残联", "的残联"), end):
        return True  # 千岛湖的残联电话多少: the federation of the place (townships have theirs)
    # (or of working or living there: 解放碑上班的, 陆家嘴工作; or on it or in it: 鼓浪屿上的居民, 夫子庙里住的)
    return opened and form.startswith((*_NEARBY, *_TOWN_SIGHTS, *_WORK_THERE, *_ON_IT), end)


_ON_IT = ("上的", "上住", "里的", "里住")


# What someone does near or at a place, after its name (我在沙面上班, 我住在博鳌附近).
_AT_TOWN = (
    *("附近", "旁边", "一带", "周边", "周围", "那边", "这边", "对面"),
    *("上班", "工作", "上学", "读书", "生活", "返工"),  # 返工: Cantonese for 上班
)


def _near_a_town(form: str, key: str) -> bool:
    """Whether a two-character township short form is written as where someone is, both ways: a word
    of being or going before it and of nearness or of what they do there after it (我住在博鳌附近,
    我在沙面上班), or as the whole of a clause after 住在 or 家在 (我家在沙面，…). Two characters are a word
    more often than a township's name: no less will do."""
    if key in _COMMON_WORDS or key[-1] in _GENERIC_ENDS:
        return False
    start = form.find(key)
    before = form[max(0, start - 2) : start].endswith(_TOWN_CUES)
    if form[:start].endswith(_LIVE_IN) and _clause_ends(form, start + len(key)):
        return True  # 我住在博鳌，…: where someone lives, the whole of what the clause says
    return before and form.startswith(_AT_TOWN, start + len(key))


_LIVE_IN = ("住在", "家在", "家住")  # ... a clause that ends after them is where someone lives (住在博鳌)


# After an old county's short name opening a clause: a part of it, or being near it (塘沽老城区, 闸北那边).
_OLD_PARTS = ("附近", "旁边", "一带", "周边", "那边", "这边", "那块", "这块", "老城区", "老城", "城区", "市区", "老街")


def _old_name_said(form: str, i: int, j: int) -> bool:
    """Whether an old county's short name (no everyday word) stands as the place it was, in a text about
    the card: opening a clause before a part of it or a word of nearness (塘沽老城区住的，…残疾证, 闸北那边
    老弄堂里，…办证), or after 老 that opens one, the old-timer's way (老宣武人了，评残找谁). Without the card's
    business such a name is too often a word or a person's (动力那边反馈说零件还没到, 半山附近有个亭子, 宣武附近的
    同事, 我是老南市)."""
    if form[j - 1] in _GENERIC_ENDS or not any(w in form for w in _CARD_DOINGS):  # 北站附近: a station's
        return False
    opens = i == 0 or form[i - 1] in _BOUNDARY
    if opens and form.startswith(_OLD_PARTS, j):
        return True
    old = form[i - 1 : i] == "老" and (i == 1 or form[i - 2] in _BOUNDARY or form[: i - 1].endswith(("是", "在")))
    return old and (j == len(form) or form[j] in _BOUNDARY or form[j] == "人")


# Before a common word, words that make it where someone is from (户口六合的, 户籍六合，南京, 老家小店).
_FROM = ("户口", "户籍", "籍贯", "老家", "来自", "家住", "出生")
# After a name, what makes it stand as a word of its own: 帮浦东的阿姨问, 六合那边.
_OWNED = ("的", "这边", "那边", "这里", "那里", "那块", "这块")
_NOT_PEOPLE = ("人民", "人力", "人家", "人员", "人口", "人才", "人工", "人生", "人气")  # words 人 opens


def _said_as_place(form: str, i: int, j: int) -> bool:
    """Whether a common word at `i`..`j` inside other words is said as where someone is or is from:
    after 户口, 户籍, 老家 … (户籍六合，南京), or before 的, 这边, 那边, 人 (户口六合的, 俺们小店这块, 我小店人);
    not at a clause's end alone (开了个小店, 世界和平, 报个平安: the words themselves)."""
    if form[:i].endswith(_FROM):
        return True
    return form.startswith(_OWNED, j) or (form.startswith("人", j) and not form.startswith(_NOT_PEOPLE, j))


# Last characters that make two characters a kind of place rather than a name (郊区, 古镇, 小庙, 马家, 四队).
_GENERIC_ENDS = frozenset("区镇乡村庙家队组场站厂街路店")


def _maybe_inside_town(found: Found, form: str) -> bool:
    """Whether the name found may stand inside a township's short form said near (千佛山附近 holds 佛山):
    a character of a word before it, and a word of nearness in the text (so not an address)."""
    at = found.start
    return (
        at > 0
        and is_cjk(form[at - 1])
        and form[at - 1] not in _LEVEL_CHARS
        and any(word in form for word in (*_NEARBY, *_TOWN_SIGHTS))
    )


def _clause_ends(form: str, end: int) -> bool:
    """Whether the text or a clause ends at `end`."""
    return end == len(form) or form[end] in _CLAUSE_STARTS


def _of_the_card(form: str) -> bool:
    """Whether a text speaks of the certificate or its business (残疾, 残联, 证, 评残)."""
    return any(word in form for word in ("残疾", "残联", "证", "评残"))


def _word_end(form: str, at: int) -> int:
    """Where the run of characters that `at` stands in ends: the next space (a scanned text's
    punctuation is spaces) or the text's end."""
    stop = form.find(" ", at)
    return len(form) if stop < 0 else stop


def _clause_end(form: str, at: int) -> int:
    """Where the clause that `at` stands in ends: the next clause mark, or the text's end."""
    return next((k for k in range(at, len(form)) if form[k] in _CLAUSE_STARTS), len(form))


_CALLED = ("孩子", "姑娘", "小伙子", "男孩", "女孩", "宝宝", "闺女", "媳妇", "小孩")
# Who is called so, right before 叫: kin in one character (我姐叫黄山), pets (狗狗叫“北海”), one of several
# (双胞胎一个叫安宁一个叫永康), and someone's of them (妹妹家的叫“北海”)
_KIN = ("爸", "妈", "姐", "哥", "弟", "妹", "爷", "奶")
_CALLED_BY = (*_KIN, "猫", "狗", "猫咪", "宠物", "一个", "另一个", "家的")
# A name given: what follows is someone's or something's name (小名叫“武汉”, 网名叫“延吉冷面不加辣”)
_NAMED_BY = ("名叫", "名字叫", "小名叫", "大名叫", "网名叫", "昵称叫", "外号叫", "绰号叫", "名字是", "网名是", "小名是")
_PEOPLE_OR_KIN = (*_PEOPLE, *_KIN)
_WHO_IS_CALLED = (*_PEOPLE_OR_KIN, "他", "她")  # before 叫: a person's name follows (我表哥叫黄山, 我姐叫黄山)
_CALLED_AFTER = (*_TITLES, *_CALLED, *_CALLED_BY)  # ... when no 的 or 那 follows the name (那个孩子叫延安)
_WHO_THEY_ARE = (*_ROLES, *(p for p in _PEOPLE if p != "隔壁"))  # after "X是": who X is (吴江是我表哥)
# What a person named at a clause's start has won (马龙又拿冠军了): a player's name, not a place's doing
_WINS = (
    "又拿",
    "拿了",
    "拿冠军",
    "夺冠",
    "又夺",
    "卫冕",
    "又赢",
    "赢了",
    "又输",
    "输了",
    "打球",
    "打比赛",
    "进球",
    "打得",
)


_ADDRESS_AFTER_NUMBER = frozenset("路街巷弄院楼栋线门桥口仓库码园区村组站店")  # 天河二号线, 朝阳一号院 are there


# Words of degree before a word that says what someone or something is like (很大方, 实在是高明, 非常安宁)
_DEGREES = (
    "很",
    "非常",
    "特别",
    "挺",
    "蛮",
    "十分",
    "相当",
    "比较",
    "更加",
    "越来越",
    "多么",
    "这么",
    "那么",
    "实在是",
    "真是",
)
# The fields of a form that hold a person's name (联系人：张永胜)
_NAME_FIELDS = ("联系人", "负责人", "经办人", "收件人", "申请人", "监护人", "代理人", "办理人", "签名", "签字", "姓名")


def _name_field(form: str, start: int) -> bool:
    """Whether a name follows a form's field for a person's name, directly or after a surname
    (联系人：周宁, 联系人：张永胜); the scan has made the field's colon a space."""
    said = form[:start]
    if said[-1:] in SURNAMES and said[:-1].rstrip(" :：").endswith(_NAME_FIELDS):
        return True
    return said.rstrip(" :：").endswith(_NAME_FIELDS)


_COUNT_NUMBERS = frozenset("一二两三四五六七八九十几")
_COUNT_WORDS = frozenset("台门道条本张个只位件辆架部把块片间座")  # measure words a name can be spelt with


def _counts(form: str, start: int, end: int) -> bool:
    """Whether a two-character name spelt as a number and a measure word (三台, 五台, 三门, 九台) is
    one here: what follows is what is counted (买了三台电脑, 有三门课), not words said of a place
    (三台残联, 三门的, 五台那边换证了吗, 三台县城) and not after a word of being there (我在三台上班)."""
    if end - start != 2 or form[start] not in _COUNT_NUMBERS or form[start + 1] not in _COUNT_WORDS:
        return False
    after = form[end : end + 1]
    if not after or not is_cjk(after) or after in _LEVEL_CHARS or after in _BOUNDARY or after == "城":
        return False
    if form.startswith((*_HEARD_AFTER, *_CARD_DOINGS, *_NEARBY, *_LOCATED_AFTER, *_FROM_THERE), end):
        return False
    said = form[:start].rstrip(" ")
    return not said.endswith((*_BEING_AT, *_TOWN_CUES, *_LOCATED_BEFORE, *_FROM_FRAMES))


def _model(form: str, end: int) -> bool:
    """Whether a Chinese number and 号 after a name make a machine's or a craft's name (天河二号,
    天宫一号), not an address's number (天河二号线, 朝阳一号院, 8号)."""
    at = end
    while at < len(form) and form[at] in "一二三四五六七八九十":
        at += 1
    return at > end and form.startswith("号", at) and form[at + 1 : at + 2] not in _ADDRESS_AFTER_NUMBER


# A verb of drinking or brewing, then what is drunk: a tea or a liquor named after where it is made (泡着云南普洱,
# 爱喝龙井, 沏了一壶安溪的): between them only these little words, and at most one other name (the province).
_DRINK_VERBS = ("喝", "泡", "沏", "品")
_DRINK_FILLERS = frozenset("着了点些一壶杯盏口的正宗")
# Provinces and places whose name opens a drink's (云南普洱, 西湖龙井, 安溪铁观音, 贵州茅台)
_DRINK_ORIGINS = frozenset(("云南", "西湖", "杭州", "安溪", "福建", "贵州", "四川", "宜宾", "泸州", "武夷", "信阳"))


def _drunk(form: str, start: int, end: int) -> bool:
    """Whether the short name at `start`..`end` is a drink after a verb of drinking or brewing, ending its
    word there (泡着云南普洱, 我爱喝龙井; not 喝完去普洱玩, nor 喝了酒在龙井上班 whose verb has its object)."""
    if not (end == len(form) or form[end] in _CLAUSE_STARTS or form[end] in _AFTER_FOOD):
        return False
    k = start
    while k > 0 and form[k - 1] in _DRINK_FILLERS:
        k -= 1
    if k > 0 and form[k - 1] in _DRINK_VERBS:
        return True
    # one name between (云南普洱, 西湖龙井): two to three characters, then the verb and its little words
    for size in (2, 3):
        at = k - size
        if at <= 0 or not all(is_cjk(ch) for ch in form[at:k]):
            continue
        j = at
        while j > 0 and form[j - 1] in _DRINK_FILLERS:
            j -= 1
        if j > 0 and form[j - 1] in _DRINK_VERBS and form[at:k] in _DRINK_ORIGINS:
            return True
    return False


# 开封, "to unseal", on a package (开封后请冷藏, 开封即食, 未开封的牛奶): the verb, not the city
_UNSEAL_AFTER = ("后请", "后需", "后尽快", "后冷藏", "后放冰箱", "后保存", "后保质期", "即食", "后食用", "后请尽快")


def _unsealed(form: str, start: int, end: int) -> bool:
    if form[start:end] != "开封":
        return False
    return form[start - 1 : start] in ("未", "已") or form.startswith(_UNSEAL_AFTER, end)


# Internet phrases that open with a city's name, and what follows it in them: 蚌埠住了 ("can't hold it in",
# 绷不住了), 芜湖起飞 (a cheer), 北京瘫 (slumped on a sofa). Not where someone lives, goes or flies from
# (我在蚌埠住了三年, 芜湖起飞的航班, 北京瘫痪老人).
_MEMES = {"蚌埠": ("住了",), "芜湖": ("起飞", "，起飞", ",起飞", " 起飞", "~起飞", "～起飞"), "北京": ("瘫",)}
_NOT_MEME_AFTER = ("的", "痪", "去", "到", "飞往", "前往")


def _meme(form: str, start: int, end: int) -> bool:
    tails = _MEMES.get(form[start:end])
    if not tails or _placed(form, start) or form[:start].endswith(("从", "由")):
        return False
    tail = next((t for t in tails if form.startswith(t, end)), "")
    if not tail:
        return False
    after = end + len(tail)
    if tail == "住了" and not (_clause_ends(form, after) or form[after : after + 1] in "哈啊呀吧"):
        return False  # 蚌埠住了好几代: lived there
    return not form.startswith(_NOT_MEME_AFTER, after) and not form[after : after + 3].isdigit()


def not_a_place(form: str, start: int, end: int, ends: Collection[int] = (), foods: bool = True) -> bool:
    """True when a short name is part of a product's name or a person's (北京烤鸭, 刘长春主任), or
    of a city abroad (乌兰巴托)."""
    if named_product(form, start, end, foods) or _drunk(form, start, end) or _unsealed(form, start, end):
        return True
    if _meme(form, start, end):
        return True
    if form[end - 1] == "旗" and form[end : end + 1] in ("舰", "袍", "帜", "杆", "手", "下"):
        return True  # 标准旗袍, 到达旗舰店, 批准旗下: no banner's short form (准旗, 达旗)
    if _abroad(form, start):
        return True  # 韩国全州, 下个月去韩国大田: a place of that country
    said = form[:start].rstrip(" ")  # (quotes are spaces here: 狗狗叫“北海”)
    called = said.endswith("叫")
    # "is called" after who someone is: a person's name (我表哥叫黄山, 实习生叫林芝, 我姐叫黄山)
    if called and said[:-1].endswith(_WHO_IS_CALLED):
        return True
    named = not form.startswith(("的", "那", "这", "来", "残"), end)  # not 医生叫西安的专家来: 叫 is "asked" there
    if named and called and said[:-1].endswith(_CALLED_AFTER):
        return True  # (新来的护士叫林芝, 那个孩子叫延安, 一个叫安宁一个叫永康, 妹妹家的叫“北海”)
    if named and said.endswith(_NAMED_BY):
        return True  # 小名叫“武汉”的那个宝宝: a name given (not 一个名叫安宁的小城)
    if _model(form, end):
        return True  # 天河二号超级计算机: a machine's or a craft's name and its number
    if start >= 2 and form[start - 1] in _COUNTED and form[start - 2] in _COUNTING and not form.startswith("的", end):
        return True  # 登了一座名山, 推开那扇石门: a thing counted (not 一个大连人, 一条北海的新闻: what 的 opens is)
    if _counts(form, start, end):
        return True  # 买了三台电脑, 这学期有三门课: a number and its measure, then what they count
    if _name_field(form, start):
        return True  # 联系人：张永胜, 经办人 周宁: a form's field for a person's name
    if end - start == 2 and form[:start].endswith(_DEGREES) and not _placed(form, start):
        return True  # 这招实在是高明, 他为人很大方: a word of degree, then what is said of someone
    if form.startswith(("将军", "元帅"), end) and (_clause_ends(form, end + 2) or form[end + 2] in "的是在和说曾率"):
        return True  # 左权将军的纪录片: the general a county is named after (not 南京将军山, 伊犁将军府)
    if form.startswith(_TITLED_AFTER, end) and not form.startswith(("精神病", "精神卫生", "舰队"), end):
        return True  # 定远舰, 文成公主, 博爱精神: a warship, a princess, a spirit (not 延安精神病院)
    if form[:start].endswith(("各位", "诸位")) and not form.startswith(("的", "人", "市", "县", "区"), end):
        return True  # 欢迎各位来宾: the people spoken to (not 各位长沙的朋友)
    rest = form[end : end + 2]
    if any(
        form.startswith(city, at) and at + len(city) >= end
        for city in _ABROAD
        if city in form
        for at in range(max(0, start - len(city) + 1), start + 1)
    ):
        return True
    # a surname and the name, and nothing else: a person's name (王海南, 李宁安), unless the surname is also
    # a province's 简称 (苏, 秦)
    if start == 1 and end == len(form) == 3 and form[0] in SURNAMES and form[0] not in "苏秦":
        return True
    # ... or opening the text, then what is theirs (陈天津的残疾证到期了, 王海南的孩子)
    if start == 1 and end == 3 and form[0] in SURNAMES and form[0] not in "苏秦" and form.startswith(_THEIRS, end):
        return True
    # a two-character name that is itself a surname and a given name, after who the person is (我同事张垣)
    if end - start == 2 and form[start] in SURNAMES and form[:start].endswith(_PEOPLE) and not _from_there(form, end):
        return True
    # "is called", then a surname that opens the name and one character more, nothing after: a
    # person's name (同学叫张北京, across 张北 and 北京; not 这个县叫张北县, a place's full name)
    if start > 0 and form[start - 1] == "叫" and form[start] in SURNAMES:
        stop = _word_end(form, start)
        if end < stop <= start + 3 and form[stop - 1] not in _LEVEL_CHARS:
            return True
    # a two-character name that opens with a surname, then a title, where a sentence or 的 comes before it: a
    # person's name (高阳医生说我下个月复查, 康复科的林芝医生; not 去常州医生那里)
    if (
        end - start == 2
        and form[start] in SURNAMES
        and rest in _TITLES
        and (start == 0 or form[start - 1] in "的，,。 ")
    ):
        return True
    # ... or that opens a clause, then 是 and who the person is (许昌是我们康复中心新来的小伙子; not 许昌是我的老家)
    if end - start == 2 and form[start] in SURNAMES and form.startswith("是", end):
        stop = next((k for k in range(end, len(form)) if form[k] in _CLAUSE_STARTS), len(form))
        if (start == 0 or form[start - 1] in _CLAUSE_STARTS) and form[end:stop].rstrip("啊呀呢吧").endswith(
            _WHO_THEY_ARE
        ):
            return True  # (吴江是我表哥)
    opening = start == 0 or form[start - 1] in _CLAUSE_STARTS
    if end - start == 2 and form[start] in SURNAMES and opening and form.startswith(_WINS, end):
        return True  # 马龙又拿冠军了: a player
    # (not when the "surname" ends another place's name: 江苏南京主任 is 南京, 吉林长春老师 长春)
    if start == 0 or start in ends or form[start - 1] not in SURNAMES:
        return False
    # a title after it (刘长春主任), "is my" (孙南阳是我表哥), or "is called" before it and nothing after
    # the name (我同学叫陈安阳), or a person before it (我同事张安阳今天请假了)
    if rest in _TITLES or rest in ("是我", "家的"):  # (隔壁王海南家的孩子)
        return True
    opens = start == 1 or form[start - 2] in _CLAUSE_STARTS  # 李丽江下周结婚: a person who does something
    if opens and form[end:].startswith(_DOES):
        return True
    if form[start - 2 : start - 1] == "叫" and not form[end : end + 1].strip():
        return True
    # a person or a role before it (帮我爸赵延庆问一下, 我的老师郭建华)
    return form[: start - 1].endswith((*_PEOPLE_OR_KIN, *_ROLES)) and not _from_there(form, end)


# Where the household registration moved to (户口迁到锦州市凌河区): the certificate is handled there
# now, so a place named right after these words wins over another the text names (以前在黑山县…).
# Not 户口在 (我在章贡区工作，户口在瑞金市): people read that either way, and the tool keeps both.
_REGISTERED = ("迁到", "迁入", "迁至", "迁往", "迁来", "转到", "落到")  # when the text speaks of 户口 or 户籍


# Going back to where the registration is, to have the card done there (证打算回户口所在地办, 回原籍办) ...
_BACK_HOME = ("回户口所在地", "回户籍所在地", "回户籍地", "回户口那边", "回户籍那边", "回原籍")
# ... which the text names after these words (户口在六安霍邱, 户籍是湖南邵阳的)
_REGISTERED_AT = ("户口在", "户口是", "户口留在", "户口还在", "户籍在", "户籍是", "户籍地在", "户口落在")


# Where someone moved or married to (从哈尔滨搬到了三亚, 嫁到宿迁宿城区) ...
_MOVED_TO_PLACE = ("搬到了", "搬到", "搬来了", "搬来", "搬去了", "搬去", "嫁到了", "嫁到", "嫁来", "嫁去")
# ... and the registration went along, with no place after (户口也迁过来了, 户口也迁到婆家了, 户口跟着迁过去了)
_ALONG = ("迁过来", "迁过去", "迁到婆家", "迁到这边", "迁到那边", "跟着迁", "一起迁", "也迁了", "落这边", "落过来")


def _moved_along(form: str) -> bool:
    """Whether the text says the writer moved or married somewhere and the registration went along."""
    if not any(word in form for word in _MOVED_TO_PLACE):
        return False
    at = max(form.find("户口"), form.find("户籍"))
    clause = form[at : _clause_end(form, at)] if at >= 0 else ""
    return any(word in clause for word in _ALONG) and not any(w in clause for w in ("没", "未", "不", "还要", "要不要"))


def registered(found: Found, hits: Sequence[Hit], form: str, pick: Callable[[list[Hit]], Found | None]) -> Found:
    """`found`, or the place the text says the household registration moved to (the last such
    clause), with `found` in `also`, when that is another place and not one above `found`."""
    if ("户口" not in form and "户籍" not in form) or len(found.places) != 1:
        return found
    at = max((form.rfind(word) + len(word) for word in _REGISTERED if word in form), default=-1)
    named: list[Hit] = []
    if at >= 0:
        while at < len(form) and form[at] == " ":  # 迁到 广州
            at += 1
        end = form.find(" ", at)
        end = len(form) if end < 0 else end
        named = [h for h in hits if at <= h.start < end]
    if not named and _moved_along(form):  # 搬到了三亚，户口也迁过来了: the registration went where they moved
        at = max(form.rfind(word) + len(word) for word in _MOVED_TO_PLACE if word in form)
        named = [h for h in hits if at <= h.start < _clause_end(form, at)]
    back = [form.find(word) for word in _BACK_HOME if word in form]
    if not named and back and not any(form[max(0, k - 2) : k].endswith(("不", "不用", "不想", "没")) for k in back):
        # 证打算回户口所在地办: where it is registered (not 能不能不回户籍地办)
        at = max((form.rfind(word) + len(word) for word in _REGISTERED_AT if word in form), default=-1)
        named = [h for h in hits if at <= h.start < _clause_end(form, at)] if at >= 0 else []
    there = pick(named) if named else None
    if there is None or len(there.places) != 1:
        return found
    place, before = there.places[0], found.places[0]
    if place == before or place.code in before.codes:  # the same place, or one above it (户口在锦州, 凌河区)
        return found
    also = (before, *(p for p in (*found.also, *there.also) if p not in (place, before)))
    return Found((place,), tuple(dict.fromkeys(also)), there.start, there.end)


# Words by which the writer says a place is theirs (我们九江都昌县, 我家在, 咱们这边): of two places a text
# names alike, the one after these is the one asked about.
_MINE = tuple(
    who + then
    for who in ("我们", "咱们", "俺们", "我家", "咱家", "俺家", "我这", "俺这")
    for then in ("", "在", "的", "这边", "这里")
)  # right before the name: 我在 and 我住 say where the writer is now (我在曲靖出差), not whose place
_HERE_MINE = ("这边", "这里", "这儿", "这块")  # right after the name: 昆明这边 is where the writer is ...
# ... unless what follows speaks of other people there (哈尔滨这边的亲戚, 福州这边有个亲戚), of what cannot
# be done there (这边办不了，让我回…), or of what happened there long ago (深圳这边早就发了, beside 我们广州)
_HERE_NOT = ("办不", "不能", "不可以", "没有", "不给", "不让", "有个", "有些", "有位", "早就", "早已")
_HERE_OF = ("残联", "政策", "规定", "三代", "证", "换", "办")  # 这边的残联: the card's business there


def _here(form: str, end: int) -> bool:
    """Whether the name ending at `end` is where the writer says they are, asking about the card."""
    here = next((w for w in _HERE_MINE if form.startswith(w, end)), "")
    rest = form[end + len(here) :]
    if not here or rest.startswith(_HERE_NOT):
        return False
    return not rest.startswith("的") or rest[1:].startswith(_HERE_OF)


# Words right before a name that ask about it (想问九江的三代证, 在林芝当兵，想问下昌都残疾证).
_ASKING = ("想问", "问下", "问问", "问一下")


def _asked_for(form: str, hit: Hit) -> bool:
    """Whether the writer asks for someone of the place: 帮 or 替 right before its name and 问 later in
    the clause (帮吉安的奶奶问三代证); not 帮东莞的工厂干活, 替重庆老板打工 (working for someone there)."""
    if not form[: hit.start].endswith(("帮", "替")):
        return False
    return "问" in form[hit.end : _clause_end(form, hit.end)]


_HOME = ("老家", "户口", "户籍", "籍贯", "家乡")  # ... unless the other is where the writer is registered


def mine(found: Found, hits: Sequence[Hit], form: str, pick: Callable[[list[Hit]], Found | None]) -> Found:
    """`found`, or the place the writer marks as theirs when the text names another as much
    (江西上饶鄱阳县的朋友拿到卡了，我们九江都昌县还没动静: 都昌县, with 鄱阳县 in `also`)."""
    if not found.also or len(found.places) != 1:
        return found
    # ... or says is here (回来问问昆明这边换证的事: the writer is in 昆明)
    marked = [h for h in hits if form[: h.start].endswith(_MINE)]  # 我们广州 outweighs 深圳这边
    # ... or asks about for someone (我在晋城工作，帮长治的姐姐问; 在林芝当兵，想问下昌都残疾证)
    asked = [h for h in hits if form[: h.start].endswith(_ASKING) or _asked_for(form, h)]
    theirs = marked or asked or [h for h in hits if _here(form, h.end)]
    if not theirs or any(found.places[0] in h.places for h in theirs):
        return found  # no place marked, or the one found is
    if any(w in form[max(0, found.start - 4) : found.start] for w in _HOME):
        return found  # 老家辽宁桓仁的…我在大连上班: the registration, where the certificate is handled
    at = theirs[-1].start
    end = form.find(" ", at)
    end = len(form) if end < 0 else end
    there = pick([h for h in hits if at <= h.start < end])
    if there is None or len(there.places) != 1 or there.places[0] not in found.also:
        return found
    place = there.places[0]
    also = (found.places[0], *(p for p in (*found.also, *there.also) if p != place))
    return Found((place,), tuple(dict.fromkeys(also)), there.start, there.end)


# Of two places a text names, the one it asks about (昆明已经发了，曲靖呢), says the writer is in now
# (我不在昆明了，现在在玉溪) or means (不是广州，是贵州) is the answer; one it denies, says the writer has
# left, or only reports news of (兰州的朋友说发了，我在白银) is not. Each name scores by its clause's words.
_ASKS = (
    *("吗", "呢", "么", "了没", "有没有", "能不能", "可不可以", "是不是"),
    *("什么时候", "啥时候", "怎么样", "咋样", "如何", "？", "?"),
)
# Where someone is now (原来住郑州，现在住许昌). Not where they moved to: 从珠海搬到中山了，残疾证要迁吗 asks
# about the certificate of 珠海, where it was issued.
_MOVED_TO = (
    "现在在",
    "现在住",
    "现在人在",
    "现住",
    "现居",
    "现在定居",
    "现定居",
    "定居在",
    "目前在",
    "目前住",
    "如今在",
    "如今住",
    *("后来去了", "后来到了", "后来在", "后来搬到"),  # (小时候在昆明，后来去了曲靖: moved)
)
# After a name, where someone has settled (回芜湖落了户, 在成都安了家, 在昆明定居了): where they are now.
_SETTLED = ("落户", "落了户", "落的户", "安家", "安了家", "定居", "扎根", "买了房", "买房")
# ... unless someone else settled (朋友在重庆买房了, 我父母在长沙安家) or it is a wish or denied (想去大理定居,
# 打算在嘉兴买房, 从来没想过在上海定居)
_NOT_SETTLED = ("想", "打算", "准备", "计划", "希望", "要", "没", "不")


# Around a city's two-character name typed by sound, what makes it where someone is (我在郑洲打工, 我是兰洲的,
# 太元的残联, 河肥这边): two same-sounding characters are too often other words (爸中风, 煲汤山药).
# (and 这疙瘩, 这块, 办证, 评残 …: 沈扬这疙瘩, 合淝办残疾证; not 的朋友: 我是海楠的朋友)
_HEARD_THERE = (
    "这边",
    "那边",
    "这里",
    "那里",
    "的残",
    "的三代",
    "的第三代",
    "残联",
    "残疾",
    "打工",
    "上班",
    "工作",
    "住",
)
_HEARD_DOING = (
    *("这疙瘩", "那疙瘩", "这块", "那块", "办残", "办证", "评残"),
    *("第三代", "三代证", "三代残", "换证", "换三代", "哪里办", "哪儿办", "在哪办"),
)  # (尊义第三代残疾证开始办了吗, 审阳哪里办残疾证: the card's business there)
# ... and its stations and airport (贵杨北站附近, 和肥南站旁边)
_HEARD_STATIONS = ("北站", "南站", "东站", "西站", "火车站", "高铁站", "汽车站", "机场")
_HEARD_AFTER = (*_HEARD_THERE, *_HEARD_DOING, *_HEARD_STATIONS)
# After a run heard as a name: an estate's, a firm's, a shop's or a person's home (家兴小区, 潞安集团, 黄师傅家)
_HEARD_NOT_AFTER = (
    *("小区", "花园", "路", "街", "酒店", "超市", "公司", "集团", "物流", "学院", "中学", "小学", "医院"),
    *("家", "树", "藤", "园", "村", "厂", "场", "傅", "师"),
)
_PLACE_FINALS = frozenset("州洲阳山江源宁泽安京水河")  # how many places' names end (城 ends everyday words: 进城)
_HEARD_GENERIC = frozenset("区镇乡村庙家队组场站厂街路店林园巷湾氏")  # (湖北黄氏: the clan)
_PARTICLES_HEARD = frozenset("的了吗呢吧啊")  # the particles one sound from a name's last character (德, 乐, 马)


def _heard_as_place(form: str, start: int, end: int) -> bool:
    """Whether two characters heard as a city's name stand where a place does: before what people do
    there or say of it (郑洲打工, 河肥这边), after a word of being there with nothing more in the clause
    (我在昆名), or after 我是 before 的 (我是兰洲的). Not a first character that joins the words before
    (我和肥南站门口见: 和 is "and")."""
    if form[start] in "和跟与同" and form[:start].endswith(("我", "你", "他", "她", "们")):
        return False
    if form[start] in "那这":
        return False  # 那去换证: "then go and exchange it", no 那曲 heard
    if form.startswith(_HEARD_AFTER, end):
        return True
    if form[:start].endswith(("在", "住", "到", "回", "家在", "老家", "户口在")) and _clause_ends(form, end):
        return True  # 我在昆名, 我奶奶住杭洲，…: being there and nothing more in the clause
    mine = form[:start].endswith(("我是", "俺是", "我们是")) and form.startswith("的", end)
    return mine and not form.startswith(_PEOPLE, end + 1)  # not 我是海楠的朋友: a person's friend


def _abroad(form: str, start: int) -> bool:
    """Whether a name at `start` follows a foreign country's or city's (韩国全州, 日本的富山县, 京都岚山), starts
    inside one (越南平阳省: no 南平 across 越南), or follows a place of that country in its clause (日本三重县津市)."""
    if form[:start].removesuffix("的").endswith(_ABROAD_BEFORE):
        return True
    # (a batch asks this of every name: set tests first, the loops only where a country's character stands)
    inside = start < len(form) and form[start] in _COUNTRY_LATER
    if inside and any(form.startswith(c, start - k) for c in _COUNTRIES for k in range(1, min(len(c), start + 1))):
        return True
    if _COUNTRY_FIRSTS.isdisjoint(form[:start]):
        return False
    clause = form[_clause_start(form, start) : start]
    for country in _COUNTRIES:
        at = clause.rfind(country)
        between = clause[at + len(country) :].removesuffix("的") if at >= 0 else ""  # (日本岛根县的松江城)
        if 2 <= len(between) <= 6 and between[-1] in "省县州府道都市":
            return True
    return False


def _denied(form: str, hit: Hit) -> bool:
    """Whether the clause before the name at `hit` denies it (不是北京朝阳区, 并非…; not 是不是, a question)."""
    before = form[_clause_start(form, hit.start) : hit.start].replace("是不是", "")
    if any(w in before for w in ("他", "她")):
        return False  # 他不是大连人，是沈阳人，我是大连的: what someone else is not
    if _taken_back(form, hit.end):
        return True
    return any(w in before for w in ("不是", "并非", "而非"))


def _taken_back(form: str, end: int) -> bool:
    """Whether the writer takes back the name ending at `end`: 我在苏州，哦打错了，是宿州 (a slip), 上海？不，我在杭州
    (不 alone, a clause of its own after it)."""
    if any(w in form[end : end + 8] for w in _CORRECTED):
        return True
    if end >= len(form) or form[end] not in "？? ":
        return False
    rest = form[end:].lstrip("？? ")
    return rest.startswith("不") and (len(rest) == 1 or rest[1] in " ，,")


_CORRECTED = ("打错了", "写错了", "说错了", "弄错了", "搞错了", "打错字", "写错字", "不对不对")


def _settled_by_others(before: str, after: str) -> bool:
    """Whether settling words in a clause are someone else's (我父母在长沙安家), a wish or a denial."""
    others = any(ch in _ASKERS or ch in "父母夫妻他她" for ch in before)
    return others or any(w in before or w in after for w in _NOT_SETTLED)


_DENIED = ("不是", "不在", "不住", "并非", "而非")
_LEFT = ("以前", "原来", "之前", "曾经", "过去", "除了", "听说", "小时候")
_REPORTED = ("已经", "发了", "换了", "有了", "拿到", "说")
_ASKED_BEFORE = ("问", "问的是", "问问", "问下", "问一下")  # 我在吴忠，问银川 (not 访问, 慰问)
# Before a name: asked together, as a measure or as where a trip goes (南京和上海都能办吗, 像曲靖那样, 离曲靖远吗,
# 去昆明看病能用吗: the certificate of where the writer is, used there)
_BESIDE = ("和", "跟", "与", "同", "比", "或", "或者", "、", "离", "及", "像")
_TRIP = ("去", "到", "往", "至", "飞")  # ... unless the clause asks about the card's business there (去曲靖能办吗)
_NOT_TRIP = ("以往", "已往", "过往", "直到", "不到")
_BUSINESS = ("办", "换", "补", "年审", "激活", "申请", "领")
# After a name: how far or how to get there (昆明远吗, 曲靖那么远怎么去); not 近期, 远郊
_MEASURED = (
    *("远吗", "远不远", "远么", "远啊", "近吗", "近不近", "多远", "有多远", "那么远", "这么远"),
    *("怎么走", "怎么去", "怎么坐"),
)
_NOT_ASKING = ("这么", "那么", "多么")  # 么 inside them asks nothing (曲靖那么远); 怎么, 什么 do ask
_ASKERS = frozenset(
    "姨舅姑叔伯爸妈哥姐弟妹爷奶婆公儿女表堂亲戚朋友家里人同事邻居孩子老"
)  # 邢台的姨问, 德阳的家里问一下


def _asked_about(form: str, hit: Hit, end: int) -> bool:
    """Whether the clause asks about the name at `hit` (ending at `end`): a question (曲靖呢, 临汾那边发了吗),
    问 right before it, or one of its people asking (邢台的姨问, 德阳的家里问一下; not 亲戚让我问)."""
    before, after = form[: hit.start], form[hit.end : end]
    if before.endswith(_BESIDE) or after.startswith(_MEASURED) or "的医" in after[:3]:
        return False  # (曲靖的医院问我要残疾证: the hospital asks the writer)
    if before.endswith(_TRIP) and not before.endswith(_NOT_TRIP) and not any(w in after for w in _BUSINESS):
        return False  # 我在曲靖，去昆明看病能用吗: where a trip goes, the certificate still 曲靖's
    if "说" in after:
        return False  # 问曲靖残联说不能办: what was answered, not what is asked
    question = after
    for word in _NOT_ASKING:
        question = question.replace(word, "")
    if any(word in question for word in _ASKS) or form.startswith(("？", "?"), end):
        return True  # (曲靖这么快就发了？: the mark that ends its clause)
    if before.endswith(_ASKED_BEFORE) and not before.endswith(("访问", "慰问")):
        return True
    at = after.find("问", 2, 6)
    asker = after[1:at] if after.startswith("的") and at > 0 else ""
    return bool(asker) and set(asker) <= _ASKERS and not after.startswith(("问题", "问我"), at)


def _with_question_marks(form: str, text: str, origin: Sequence[int]) -> str:
    """`form` with the question marks of the written text back where the scan left spaces."""
    if "？" not in text and "?" not in text:
        return form
    return "".join("？" if ch == " " and text[origin[i]] in "？?" else ch for i, ch in enumerate(form))


def _clause_start(form: str, at: int) -> int:
    return next((k + 1 for k in range(at - 1, -1, -1) if form[k] in _CLAUSE_STARTS), 0)


def _weight(form: str, hit: Hit, hits: Sequence[Hit]) -> int:
    """How plainly the text makes the name at `hit` the place it is about: +1 asked about or where the
    writer is now or has settled, 0 said, -1 left or only reported on, -2 denied."""
    start, end = _clause_start(form, hit.start), _clause_end(form, hit.end)
    end = min((h.start for h in hits if hit.end <= h.start < end), default=end)  # up to the next name
    before = form[start : hit.start]
    if any(w in before for w in _DENIED) or _taken_back(form, hit.end):
        return -2
    staying = before.replace("住院", "__")  # 现在住院在昆明: a stay in hospital, not where the writer lives
    now = max((staying.rfind(w) + len(w) for w in _MOVED_TO if w in staying), default=-1)
    if any(w in before[max(now, 0) :] for w in _LEFT):
        return -1
    listed = any(  # 北京上海都有了吧, 曲靖、玉溪、楚雄都发了吗: a list of names (each clause before it only a name)
        h.end == hit.start or (h.end == hit.start - 1 and _clause_start(form, h.start) == h.start) for h in hits
    )
    settled = any(w in form[hit.end : end] for w in _SETTLED) and not _settled_by_others(before, form[hit.end : end])
    # being there and doing the card's business there (回来想给他在济南办个残疾证, 回到宜宾才想起…年审)
    there = before.endswith(("在", "回", "回到")) and any(w in form[hit.end : end] for w in _BUSINESS)
    if not listed and _asked_about(form, hit, end):
        return 2  # asked about: more than where the writer is (我在吴忠，问银川)
    if now >= 0 or settled or there:
        return 1
    if _gone_to(form, hit):
        return -1  # 上个月去北京玩了, 去年去过香港: where a trip went, not where the writer is
    after = form[hit.end : end]
    if before.endswith(_SOMEONE_THERE) and not before.endswith(_WRITER_THERE):
        return -1  # 他在武汉，我在宜昌; 我妈住上海: where someone else is
    writer = before.endswith(_WRITER_THERE) or before in ("住", "住在")  # (…，住在昆山: the writer, unsaid)
    if writer and not after.startswith(_STAYING):
        return 1  # 我在宜昌, 我住苏州, 我们家在宜昌 (not 我在曲靖出差: a stay)
    return -1 if any(w in after for w in _REPORTED) else 0


# Before a name, where a trip went (not 到 alone: 来到深圳三年了, 回到宜宾)
_GONE = ("去", "去过", "到过", "去了", "去了趟", "去了一趟", "去趟", "去一趟", "飞往", "飞到")
# Before a name: where the writer lives (我在, 我住, 我家在), or someone else (他在, 我妈住, 朋友在); a stay after
# it is no home (我在曲靖出差, 在北京看病)
_WRITER_THERE = tuple(
    who + verb for who in ("我", "俺", "我们", "我家", "我们家", "俺家", "咱家") for verb in ("在", "住", "住在")
)
_SOMEONE_THERE = tuple(
    who + verb
    for who in (
        *("他", "她", "他们", "她们", "妈", "爸", "姐", "哥", "弟", "妹", "儿子", "女儿", "孩子", "父母", "爸妈"),
        *("朋友", "亲戚", "同事", "邻居", "老公", "老婆", "爷爷", "奶奶", "姥姥", "姥爷", "外婆", "外公", "公婆"),
    )
    for verb in ("在", "住", "住在")
)
_STAYING = ("出差", "旅游", "玩", "看病", "住院", "开会", "培训", "上学", "读书", "上班", "工作", "打工")


# Where the certificate was issued (大理州的残疾证, 曲靖办的证, 证是曲靖办的, 曾经在大同办过): where it is handled
_CERTIFICATE_OF = (
    *("的残疾", "的残证", "的证", "的三代", "的卡", "的二代", "残疾证", "残证"),
    *("办的", "发的", "办过", "办证"),
)
_CERTIFICATE_IS = ("证是", "证是在", "证在")


_STANDS_AFTER = _BEFORE_WORD | frozenset("问家呢那")  # what a name set out in a clause follows (在曲靖, 问银川)


_PEOPLE_THERE = ("亲戚", "朋友", "同事", "人", "家人", "老乡", "熟人")


def _writer_here(form: str, end: int) -> bool:
    """Whether the name ending at `end` is where the writer says they are (北京这里的医院), not where
    people they speak of are (哈尔滨这边的亲戚说换了，我在绥化)."""
    here = next((w for w in _HERE_MINE if form.startswith(w, end)), "")
    return bool(here) and not form[end + len(here) :].removeprefix("的").startswith(_PEOPLE_THERE)


def _own_weight(found: Found, hits: Sequence[Hit], weights: Sequence[int]) -> int:
    """The weight of the name that gave the place found (不是大理市 of 我说的不是大理市，是大理州的宾川县, not
    the 大理州 the reading went on through)."""
    inside = [(h, w) for h, w in zip(hits, weights, strict=True) if found.start <= h.start < found.end]
    naming = [w for h, w in inside if found.places[0] in h.places]
    return max(naming or [w for _, w in inside] or [0])


def _around(found: Found, hits: Sequence[Hit], beside: Callable[[Hit], bool]) -> Found:
    """`found`, or the place named before it that it lies in, when `found` is only where a trip went or
    what the writer is near (我住昆明，昨天去了石林; I live in Hangzhou near West Lake): that place, with
    `found` in `also`."""
    if len(found.places) != 1:
        return found
    place = found.places[0]
    own = next((h for h in hits if found.start <= h.start < found.end and place in h.places), None)
    if own is None or not beside(own):
        return found
    outer = next(
        (h for h in hits if h.end <= own.start and len(h.places) == 1 and h.places[0].code in place.codes[:-1]),
        None,
    )
    if outer is None:
        return found
    return Found((outer.places[0],), tuple(dict.fromkeys((place, *found.also))), outer.start, outer.end)


def _gone_to(form: str, hit: Hit) -> bool:
    """Whether the name at `hit` is where a trip went, not for the card's business (昨天去了石林)."""
    before = form[_clause_start(form, hit.start) : hit.start]
    return before.endswith(_GONE) and not any(w in form[hit.end : _clause_end(form, hit.end)] for w in _BUSINESS)


def meant(found: Found, hits: Sequence[Hit], form: str, pick: Callable[[list[Hit]], Found | None]) -> Found:
    """`found`, or the place the text asks about, moved to or means where it names `found` otherwise
    (昆明已经发了，曲靖呢: 曲靖市, with 昆明市 in `also`). Only a place already in `also`."""
    found = _around(found, hits, lambda hit: _gone_to(form, hit))
    if not (found.also or found.others) or len(found.places) != 1:
        return found
    done = _done_there(found, hits, form, (*found.places, *found.also, *found.others))
    if done is not None and done.places == found.places:
        return found  # (户口在天津，人在北京，能在北京换吗: where the card is asked to be done, found already)
    if done is not None and done.places[0] in found.also:
        return done  # (…人在武汉，证能在武汉换吗; 想在大兴直接办，行不行: since 2021 it may be where one lives)
    start = _path_start(found, hits)
    if any(w in form[max(0, start - 4) : start] for w in _HOME) or form[:start].endswith(_MINE):
        return found  # the writer's registration or own place (户籍湖北省黄冈市蕲春县，人在武汉)
    home = _registered_place(found, hits, form)
    if home is not None:
        return home  # (人在上海松江区，户口还在安徽岳西县: the card is the registration's, the other in `also`)
    if not found.also:
        return found
    if (
        _writer_here(form, found.end)
        or form.startswith(_CERTIFICATE_OF, found.end)
        or form[: found.start].endswith(_CERTIFICATE_IS)
    ):
        return found  # where the writer is (北京这里的医院开了证明，回天津能用吗), whose certificate it is
        # (大理州的残疾证可以在昆明换吗: the certificate of 大理, where it is handled)
    weights = [_weight(form, h, hits) for h in hits]
    own = _own_weight(found, hits, weights)
    best = max(weights)
    if best <= own:
        return found
    clauses = {_clause_start(form, h.start) for h, w in zip(hits, weights, strict=True) if w == best}
    if len(clauses) != 1:
        return found  # several clauses as plain as each other: keep the first
    (at,) = clauses
    there = pick([h for h, w in zip(hits, weights, strict=True) if w == best and at <= h.start])
    if there is None or len(there.places) != 1 or there.places[0] not in found.also:
        return found
    set_out = there.start == at or form[there.start - 1] in _STANDS_AFTER or any(h.end == there.start for h in hits)
    # a county's short name inside other words (都安排好了吗, 会同意吗): no name set out (but 定居邢台信都区: its
    # city's name opens it)
    inside = any(h.short and h.places[0].level == "county" for h in hits if h.start == there.start)
    if not set_out and there.places[0].level == "county" and inside:
        return found
    place = there.places[0]
    also = (found.places[0], *(p for p in (*found.also, *there.also) if p != place))
    return Found((place,), tuple(dict.fromkeys(also)), there.start, there.end)


def _path_start(found: Found, hits: Sequence[Hit]) -> int:
    """Where the found place's own name opens, with the names of the path right before it (伊春友好区 of
    户口是黑龙江汤原县的 人在伊春友好区, whose span opens at 黑龙江: the names alone read one contradictory path)."""
    own = [h for h in hits if found.start <= h.start < found.end and found.places[0] in h.places]
    if not own:
        return found.start
    start = own[-1].start
    while (above := next((o.start for o in hits if o.end == start and o.start < start), None)) is not None:
        start = above
    return max(start, found.start)


def _registered_place(found: Found, hits: Sequence[Hit], form: str) -> Found | None:
    """The one place of `found.also` the text gives as the household registration (户口还在安徽岳西县,
    户籍地：甘肃会宁县, 户口是山东高唐县的, 贵州正安县户籍), where `found` is not: the certificate is issued and
    its status decided there (where one lives only when the text asks to have it done there, which
    `_done_there` reads first). Not a place the registration moved from (户口已经从五峰县迁到…)."""
    import re

    def said(start: int, end: int, home: str = "户口|户籍") -> bool:
        while (above := next((o.start for o in hits if o.end == start and o.start < start), None)) is not None:
            start = above  # (the names of the path it ends: 户口还在安徽岳西县)
        before = re.search(rf"({home})(所在地|地|是|还|仍|一直|都|落|留|在|了|：|:| ){{0,4}}$", form[:start])
        return before is not None or (home != "老家" and form.startswith(("户籍", "户口", "的户口", "的户籍"), end))

    start = _path_start(found, hits)
    if said(start, found.end):
        return None
    named = (*found.also, *found.others)
    kept = [h for h in hits if not _denied(form, h) and not _taken_back(form, h.end)]  # (户口在苏州写错了，应该是宿州)
    homes = {p for h in kept if said(h.start, h.end) and len(h.places) == 1 for p in h.places if p in named}
    if not homes and not said(start, found.end, "老家"):
        # the home town, where the registration mostly is, when the text says nothing of the registration
        # and names the other place once (老家内蒙古土默特右旗，现在住呼和浩特赛罕区; not 在余杭区上班，老家安徽阜阳，
        # 余杭区的社保卡怎么补办: named again, it is what is asked about)
        once = sum(found.places[0] in h.places for h in hits) == 1
        homes = {p for h in kept if once and said(h.start, h.end, "老家") and len(h.places) == 1 for p in h.places}
        homes &= set(named)
    if len(homes) != 1:
        return None
    place = homes.pop()
    hit = next(h for h in hits if place in h.places)
    also = (found.places[0], *(p for p in found.also if p != place))
    others = tuple(p for p in found.others if p != place)
    return Found((place,), tuple(dict.fromkeys(also)), hit.start, hit.end, others)


_CARD_BUSINESS = ("办", "换", "申请", "领")  # the card's business done at a place (想在大兴直接办)
_ASKING_TO = ("想", "能不能", "能否", "能在", "可以", "吗", "行不行", "可不可以", "行吗")
_DONE_FIRST = ("直接", "就近", "就", "也", "的残联", "残联", "去", "来", "给")  # between the place and the verb
# (在大兴直接办, 在北辰区就近换证, 去江南区残联换证)
# After the verb: the card, or the end of the asking (办吗, 换证, 申请新版残疾人证); not another business
# (办婚礼, 换工作)
_DONE_WHAT = (
    "证",
    "换",  # (申请换证)
    "残",
    "三代",
    "第三代",
    "二代",
    "新",
    "卡",
    "理",
    "一下",
    "吗",
    "呢",
    "行",
    "可以",
    "不",
    "啊",
    "吧",
)
_NOT_DONE = ("不", "没", "别", "无法", "不想", "不能", "没法")  # (不想在武汉办, 没法在武汉办)
_ASKED_EITHER_WAY = ("能不能", "可不可以", "行不行", "是不是", "可以不可以", "能否")  # a question, no denial
# the place gone to for the card (准备去抚松县办残疾证), with what the writer means to do:
_GOING_TO = ("去", "到", "回")
_MEANING_TO = ("准备", "打算", "要", "计划", "得", "下周", "下个月", "明天", "过几天", "改天")
# (not 去年去北京办的: done, not meant)


def _done_there(found: Found, hits: Sequence[Hit], form: str, pool: Sequence[Place] = ()) -> Found | None:
    """The place of `found.also` the text asks to have the card done at (证能在武汉换吗, 想就在松江申请…可以吗):
    在 right before its name, the card's verb right after it (or after 直接, 就 …), then the card or the end of
    the asking, a word of asking or wishing in its clause, and no denial before it (不想在武汉办; 想在武汉办婚礼
    and 在武汉领的 are no asking either)."""
    pool = pool or found.also  # (or the places given: the one found among them)
    for h in reversed(hits):
        named = list(dict.fromkeys(p for p in h.places if p in pool))  # (北京 read twice, as a name and an alias)
        lead = h.start  # with the names of its path before it (去成都武侯区残联换证)
        while (above := next((o.start for o in hits if o.end == lead and o.start < lead), None)) is not None:
            lead = above
        going = form[:lead].endswith(_GOING_TO)  # (准备去抚松县办残疾证, 要到高碑店市给孩子申请)
        if (
            (h.start <= found.end and pool is found.also)
            or len(named) != 1
            or not (form[:lead].endswith("在") or going)
        ):
            continue
        start = _clause_start(form, lead)
        clause = form[start : _clause_end(form, h.end)]
        before = form[start:lead]
        for asked in _ASKED_EITHER_WAY:
            before = before.replace(asked, "")
        if any(w in before for w in _NOT_DONE):
            continue  # (我不想在武汉办; 不在武汉办行不行; but 能不能在东莞换 asks)
        after = form[h.end : _clause_end(form, h.end)]
        for word in _DONE_FIRST:
            after = after.removeprefix(word)
        if form.startswith("给", h.end):  # for whom (给孩子申请, 给我妈办)
            after = after[next((k for k in range(4) if after[k:].startswith(_CARD_BUSINESS)), 0) :]
        verb = next((w for w in _CARD_BUSINESS if after.startswith(w)), "")
        what = after[len(verb) :]
        asking = _ASKING_TO + _MEANING_TO  # (能在武汉换吗; 打算在浑江区办三代证, 准备去抚松县办)
        if verb and (not what or what.startswith(_DONE_WHAT)) and any(w in clause for w in asking):
            place = named[0]
            also = (found.places[0], *(p for p in found.also if p != place))
            return Found((place,), tuple(dict.fromkeys(p for p in also if p != place)), h.start, h.end)
    return None


# The same in English: a name the text denies (not Taiyuan but Datong), or one its question asks about
# (Beijing has it, does Tianjin?; I'm in Shenzhen, asking for my dad in Shantou).
_DENIED_EN = ("not ", "not the ", "isn t ", "no not ")
_ASKING_EN = ("asking for", "asking about", "ask for", "ask about", "what about", "how about")
_CLAUSE_MARKS_EN = ",.;!?"
_CERTIFICATE_EN = ("certificate", "card", "disability card", "disability certificate", "prefecture certificate")
_ISSUED_EN = ("certificate is from", "card is from", "issued in", "issued by", "certificate from", "card from")
# Right before a name: where the writer is (I live in Shenzhen), a place only beside it (near Hong Kong) or
# only visited (we went to Beijing last year)
_LIVING_EN = (
    *("live in", "lives in", "living in", "i'm in", "i am in", "we're in", "we are in", "based in"),
    *("home is in", "reside in", "resides in", "residing in", "settled in", "moved to"),
)
_OTHERS_LIVING_EN = ("lives in", "is living in", "works in", "stays in", "is staying in", "lives at", "is in")
_OTHER_PEOPLE_EN = frozenset(
    (
        *("he", "she", "they", "mother", "mom", "mum", "father", "dad", "sister", "brother", "son", "daughter"),
        *("wife", "husband", "friend", "aunt", "uncle", "grandma", "grandpa", "grandmother", "grandfather"),
        *("cousin", "parents", "relatives", "relative", "child", "kid", "kids", "neighbour", "neighbor"),
    )
)
_BESIDE_EN = ("near", "close to", "next to", "not far from", "beside", "across from", "opposite")
_VISITED_EN = ("visited", "went to", "been to", "trip to", "traveled to", "travelled to", "flew to", "holiday in")


def meant_in_english(
    found: Found,
    hits: Sequence[Hit],
    form: str,
    text: str,
    origin: Sequence[int],
    pick: Callable[[list[Hit]], Found | None],
) -> Found:
    """`meant` for a text in English or pinyin, whose clauses only the written text's marks show."""

    def clause(hit: Hit) -> tuple[int, str]:
        at = origin[hit.start]
        start = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS_EN) + 1
        ends = [e for e in (text.find(mark, at) for mark in _CLAUSE_MARKS_EN) if e >= 0]
        return start, text[start : min(ends, default=len(text)) + 1].lower()

    def lead(hit: Hit) -> str:
        """The words of its clause before the name at `hit`."""
        return text[clause(hit)[0] : origin[hit.start]].lower().rstrip()

    found = _around(found, hits, lambda hit: lead(hit).endswith((*_BESIDE_EN, *_VISITED_EN)))
    shared = any(len(h.places) > 1 and found.places[0] not in h.places for h in hits)  # (Fuzhou: 福州, 抚州)
    if not (found.also or shared) or len(found.places) != 1:
        return found
    after = form[found.end :].lstrip()
    if after.startswith(_CERTIFICATE_EN) or form[: found.start].rstrip().endswith(_ISSUED_EN):
        return found  # whose certificate it is (My certificate is from Kunming, can I renew it in Qujing?)

    def weight(hit: Hit) -> int:
        written = form[: hit.start].rstrip()
        if written.endswith(tuple(w.rstrip() for w in _DENIED_EN)) and not written.endswith("why not"):
            return -2
        words = clause(hit)[1]
        before = lead(hit)
        if before.endswith(("i meant", "i mean", "i meant to say")):
            return 3  # Nanchang, sorry I meant Nanning: the place taken back for this one
        if before.endswith(_BESIDE_EN) or before.endswith(_VISITED_EN):
            return -1  # I live in Shenzhen, near Hong Kong; we went to Beijing last year: not where one is
        if any(w in words for w in (" far", " near", " distance")):
            return 1 if before.endswith(_LIVING_EN) else 0  # Is Qujing far?: a measure, not the card's business
        if words.rstrip().endswith("?") or any(w in before for w in _ASKING_EN):
            return 2  # asked about (I'm in Shenzhen, asking for my dad in Shantou): more than where one is
        if before.endswith(_LIVING_EN + _OTHERS_LIVING_EN) and _OTHER_PEOPLE_EN & set(before.split()):
            return -1  # my mother lives in Beijing, my sister is living in Hong Kong: someone else's place
        return 1 if before.endswith(_LIVING_EN) else 0

    weights = [weight(h) for h in hits]
    own = _own_weight(found, hits, weights)
    best = max(weights)
    tops = [h for h, w in zip(hits, weights, strict=True) if w == best]
    if best <= own or len({clause(h)[0] for h in tops}) != 1:
        return found
    there = pick(tops)
    if there is not None and len(there.places) > 1 and found.places[0] not in there.places:
        # the writer's place is a name several places bear (I live in Fuzhou: 福州 or 抚州): that choice,
        # the other place in `also`
        also = (found.places[0], *(p for p in found.also if p not in there.places))
        return Found(there.places, tuple(dict.fromkeys(also)), there.start, there.end)
    if there is None or len(there.places) != 1 or there.places[0] not in found.also:
        return found
    place = there.places[0]
    also = (found.places[0], *(p for p in (*found.also, *there.also) if p != place))
    return Found((place,), tuple(dict.fromkeys(also)), there.start, there.end)


# Words that make an everyday word a place where it stands: where someone comes from before it
# (老家是江山的, 籍贯武功), what a place has after it (大方人, 延长残联, 安康是我老家, 江山公安局), being
# there and doing something there (在大方上班, 在江山办的残疾证). 在 alone does not (在延长期内, 在太平间),
# nor 人 inside a longer word (人寿, 人员), nor 残疾证 after the word (延长残疾证有效期).
_LOCATED_BEFORE = (
    "老家",
    "老家是",
    "老家在",
    "家乡",
    "家乡是",
    "籍贯",
    "籍贯是",
    "户口在",
    "户籍在",
    "来自",
    "家住",
    "家在",
    *("地方叫", "县叫", "县城叫", "家乡叫", "老家叫", "那边叫", "那里叫", "这里叫"),  # 我们这个地方叫商城
)
_LOCATED_AFTER = ("人", "残联", "是我老家", "是我的老家", "老乡", "户口", "户籍")
_BOUNDARY = frozenset(" ，,。.！!？?；;：:、的\n")
_BEING_AT = ("在", "去", "到", "回", "住在", "喺", "我住", "俺住", "家住", "现住", "还住")  # 喺: Cantonese 在
# 离陆家嘴不远, 靠近徐家汇; 喺: Cantonese for 在
_TOWN_CUES = ("在", "去", "到", "住", "来自", "位于", "离", "靠近", "临近", "接近", "邻近", "喺", "去看", "来看")
# Words after a place that say someone is near it or speak of it (五角场附近, 中关村那边现在能办吗).
_NEARBY = (
    "附近",
    "旁边",
    "一带",
    "周边",
    "周围",
    "那边",
    "这边",
    "对面",
    "不远",
    "那块",
    "这块",
    "边上",
    "下面",
    "脚下",
    "底下",
)
_JOURNEY_TO = frozenset("到去至往回飞")  # 从沈阳南站到大连北站, 坐高铁去广州南站
# Before a name, the words of being or going (`_GOING`), of nearness and 于, 国, 是 make it where someone is,
# goes or lives near, whatever dish or good follows (我在成都菜很贵, 离淄博烧烤…, 我是成都粉丝); not 了 or 的
# (买了五常大米, 正宗的兰州拉面). (A words.csv thing after 是 is the thing: 这是大理石, so `_GOING` alone there.)
_BEFORE_FOOD = _GOING | frozenset("离近邻于国是")

_WORDS_OF_PEOPLE = frozenset(("东方人", "大名人"))  # Easterners; 大+名人, a celebrity
_ITS_OWN = ("公安局", "人民医院", "人民政府", "残联", "机场")
# The card's business right after the name (白云办三代证了吗, 金牛换证了吗; not 延长换证时间)
_CARD_THERE = ("换证了", "换证吗", "换证没", "换证啦", "办证", "换三代", "办三代", "发三代", "开始换")
_HERE = ("那边", "那儿", "那里", "这边", "这块", "这里")
# after 那边: 换证, 办证, 三代证, 有残联吗, 残疾证怎么年审 (not 理赔, 办户口)
_CARD_DOINGS = ("换", "办证", "三代", "残联", "残疾", "年审", "补办", "评残")
# After a name that opens the text or a clause: the certificate or the federation there (光泽的残疾证怎么年审,
# 芙蓉的残联搬到哪里去了; after a space too: 商城 残疾证, not 延长残疾证有效期) or what the place has, asked
# (上街有残联吗, 大观有几个街道)
_ITS_CARD = ("残疾证", "残疾人证", "三代证", "残联")
_ITS_PARTS = (*("的" + word for word in _ITS_CARD), "有几个", "有多少个", "有残联", "有没有残联")
_DOING = (
    *("办", "换", "上班", "上学", "打工", "工作", "生活", "读书", "看病", "就医", "住院", "出生", "农村", "乡下"),
    *("返工", "老家", "扎根", "定居", "落户", "安家"),  # 返工: Cantonese for 上班; 回会同老家, 在威信扎根
)
# ... and never when the word opens the name of an institution or a landmark (公安局, 平安银行).
_NAMED_AFTER_IT = (
    *("局", "机关", "银行", "日报", "报社", "书店", "饭店", "酒店", "宾馆", "商店", "商场", "超市", "医院"),
    *("大学", "学院", "学校", "中学", "小学", "石窟", "渠", "门", "军", "公司", "集团", "厂", "广场", "公园"),
    *("路", "街", "大街", "桥", "寺", "庙", "山", "湖", "村", "小区", "花园", "大厦", "宫", "馆", "社"),
    *("保险", "人寿", "人员", "人士", "部门", "系统", "派出所", "名下"),
)
# Everyday words that are things and spots where someone can be (住在平房里, 去温泉泡澡): only another
# name makes them places.
_SPOT_WORDS = "温泉 港口 通道 运河 灯塔 青山 莲花 海棠 桃源 天涯 平房 双桥 高台 洞口 台前 小店 天台 安居"
_SPOTS = frozenset(_SPOT_WORDS.split())


def located(form: str, start: int, end: int) -> bool:
    """True when the words around a name make it a place (老家是江山的, 大方人), not a word."""
    after = form[end:]
    if after.startswith(_ITS_OWN) or after.startswith(_CARD_THERE):  # 江山公安局, 江山换证了吗
        return True
    opens = start == 0 or form[start - 1] in _BOUNDARY or form[:start].endswith(_ASKING_OPENERS)  # (请问白银的残联)
    if opens and after.startswith(_ITS_CARD) and end - start >= 3 and form[end - 1] in "区县市镇乡旗":
        return True  # 新城区残疾人证, 新城区三代证在哪换: a name with its kind word, then the card (not 延长残疾证)
    if after.startswith("的残疾人") and opens:  # 江山的残疾人能换吗
        return True  # (opening the sentence: not 家庭富裕的残疾人)
    spaced = after[:1] == " " and after.lstrip().startswith(_ITS_CARD)
    if opens and (spaced or after.startswith(_ITS_PARTS) or after == "的"):
        return True  # 光泽的残疾证…, 商城 残疾证, and 商城的 typed as a whole reply (not 有光泽的残疾证)
    if form[start:end] in _SPOTS or after.startswith(_NAMED_AFTER_IT):
        return False
    if after.startswith(_HERE) and any(w in after[2:10] for w in _CARD_DOINGS):  # 江山那儿换证了吗
        return True
    if after.startswith(_LOCATED_AFTER):  # 大方人 ends there: 大方人的, 江山人，
        word = next(w for w in _LOCATED_AFTER if after.startswith(w))
        if word != "人":
            return True
        ends = end + 1 == len(form) or form[end + 1] in _BOUNDARY
        return ends and form[start : end + 1] not in _WORDS_OF_PEOPLE
    boundary = end == len(form) or form[end] in _BOUNDARY  # 老家是江山的, 籍贯武功: nothing more of a word
    before = form[max(0, start - 3) : start]
    if boundary and before.endswith(_LOCATED_BEFORE):
        return True
    if before.endswith("是"):  # 我是龙井的, 我妈是安康的: the 的 ends the sentence
        return form[end : end + 1] == "的" and (end + 1 == len(form) or form[end + 1] in _BOUNDARY)
    # 在江山办的残疾证, 我女儿在无极上学, 我出生在清流: being there, then what one does there or nothing
    if not before.endswith(_BEING_AT):
        return False
    return end == len(form) or (form[end] in _BOUNDARY and form[end] != "的") or form[end:].startswith(_DOING)


# Provinces' one-character 简称 that news and notices write after a word of being or going (在京务工,
# 来沪人员, 赴粤, 进藏); the others (新, 云, 青, 宁, 台, 黑, 吉, 苏...) are everyday characters there too.
_ABBREVIATED = frozenset("京沪津渝湘鄂豫皖闽赣冀晋陕粤川蜀滇黔桂琼藏港")
_MOVES = frozenset("在来赴进返离抵驻留回去")
# ... followed by what people do there, or nothing more (在津贴, 在晋升, 去豫园, 在沪深两市 are words).
_THERE = (
    *("务工", "打工", "工作", "上班", "上学", "读书", "就医", "看病", "办", "人员", "期间", "旅游", "生活"),
    *("定居", "发展", "创业", "探亲", "过年", "需要", "能", "可以", "的", "后", "时", "了"),
)


def landmark_after(form: str, end: int) -> bool:
    """True when what follows a short name makes it a landmark's name: 中山大学, 北京医院, 北京西站."""
    rest = form[end : end + 4]
    if rest.startswith("大学城"):  # 呈贡大学城: the university town of the place, not one named after it
        return False
    if rest.startswith(_LANDMARKS):
        return True
    if rest[:1] not in _MODIFIERS:
        return False
    return rest[1:].startswith(_LANDMARKS) or (rest[1:2] in _MODIFIERS and rest[2:].startswith(_LANDMARKS))


def select(hits: Sequence[Hit], townships: Sequence[Hit] = ()) -> list[Hit]:
    """Names that do not overlap, the longer (then the better kind, then the earlier) first.

    A name inside a longer township name (石门 in 石门二路街道) is part of that name, not a place.
    """
    kept: list[Hit] = []
    taken: set[int] = set()
    straddling = _straddling([*hits, *townships])  # (河南新乡: no 南新乡, a township across the seam)
    if townships:
        longer = [t for t in townships if t not in straddling]
        hits = [
            h
            for h in hits
            if not any(t.start <= h.start and h.end <= t.end and t.end - t.start > h.end - h.start for t in longer)
        ]
    for h in sorted(hits, key=lambda h: (h.start - h.end, min(h.ranks), h.start)):
        if taken.isdisjoint(range(h.start, h.end)) and h not in straddling:
            kept.append(h)
            taken.update(range(h.start, h.end))
    return sorted(kept, key=lambda h: h.start)


def _path_follows(places: Sequence[Place], names: "Sequence[tuple[int, int, list[tuple[str, int]]]]", at: int) -> bool:
    """Whether a name starting at `at` is of a place inside one of `places` (青海门源: 门源 is 青海's)."""
    inside = [p.code[: _CODE_DIGITS[p.level]] for p in places if p.code and p.level in _CODE_DIGITS]
    return bool(inside) and any(
        a == at and any(code.startswith(prefix) and code != prefix for code, _ in rows for prefix in inside)
        for a, _, rows in names
    )


def _town_follows(hit: Hit, townships: Sequence[Hit]) -> bool:
    """Whether a township of one of `hit`'s places is written right after it (无为陡沟镇)."""
    return any(
        t.start == hit.end and any(p.code in town.codes[:-1] for p in hit.places if p.code for town in t.places)
        for t in townships
    )


_CODE_DIGITS = {"province": 2, "prefecture": 4, "county": 6}  # the digits a place's code shares with those inside it


# Words of a dialect spoken in one province only, as people type them (阿拉 "we", 屋里厢 "at home", 侬 "you"
# in Shanghainese; 嘅, 咗, 喺, 唔, 冇 in Cantonese, Guangdong's of the provinces the list divides)
_SPOKEN = {
    "310000": ("阿拉", "屋里厢", "侬晓得", "晓得伐", "好伐", "对伐", "勿晓得", "交关"),
    "440000": ("嘅", "咗", "喺", "唔", "冇", "佢", "嚟", "啲", "乜嘢"),
}
_NOT_SPOKEN = ("阿拉善", "阿拉伯", "阿拉丁", "阿拉斯加", "阿拉尔")  # names that open with 阿拉


def _spoken(form: str) -> str:
    """The province whose dialect the text is written in, by its words; "" for none or both."""
    plain = form
    for name in _NOT_SPOKEN:
        plain = plain.replace(name, "")
    found = [code for code, words in _SPOKEN.items() if any(w in plain for w in words)]
    return found[0] if len(found) == 1 else ""


def _straddling(hits: Sequence[Hit]) -> list[Hit]:
    """Names that run across the boundary of two names written one after the other where the second is a
    place inside the first (信阳新县: 阳新县 across 信阳 and its 新县; 青海门源: 海门 across 青海 and its 门源):
    the text is the path, not the name across it."""
    by_start: dict[int, list[Hit]] = {}
    for h in hits:
        by_start.setdefault(h.start, []).append(h)
    out: list[Hit] = []
    for a in hits:
        for b in by_start.get(a.end, ()):
            if not any(pa.code and pa.code in pb.codes[:-1] for pa in a.places for pb in b.places):
                continue
            out += [h for h in hits if a.start < h.start < a.end and b.start < h.end <= b.end]
            # ... or a township's name that starts with the first and runs into a township of it (安远镇岗乡:
            # 安远 and its 镇岗乡, not a 安远镇 elsewhere)
            if all(p.level == "township" for p in b.places):
                out += [
                    h
                    for h in hits
                    if h.start == a.start and a.end < h.end <= b.end and all(p.level == "township" for p in h.places)
                ]
    return out


class _Reading(Record):
    """One hit read as its best place(s), with the hits that agree with it."""

    # (hits that agree, not a loose word, depth of the place, minus the position of the hit)
    score: tuple[int, bool, int, int]
    hit: int
    picked: list[Place]
    also: list[Place]
    support: list[int]


def _read(
    i: int, hits: Sequence[Hit], codes: list[set[str]], best: Best, undivided: Collection[str], spoken: str = ""
) -> _Reading:
    """The places hit `i` may mean, ranked: most agreement, from places above, nearest, better kind of name;
    last, between names read alike, another name of the text in the same province or the province whose
    dialect the text is written in (`spoken`, a province's code: 阿拉屋里厢住勒宝山 is 上海's 宝山区)."""
    scored = []
    for place, rank in zip(hits[i].places, hits[i].ranks, strict=True):
        # another name supports this place when it names it or a place above it
        support = [
            j for j, named in enumerate(codes) if j == i or not named.isdisjoint(place.codes) or place in hits[j].places
        ]
        before = [j for j in support if j < i]
        gap = i - max(before) if before else 0
        # a name of a place above counts before a repetition ("Fushun Fushun County": 抚顺市 抚顺县, not 富顺县 twice);
        # the same name again later in the text is the same place, not one inside it (湖南衡阳的…想问衡阳那边:
        # 衡阳市, not 衡阳县); written as a path it is (吉林吉林: 吉林省吉林市)
        # (not a name of a place that is another reading of this same name: 星城长沙 is 长沙市, which
        # 长沙 means too, not 长沙县 inside it)
        above = sum(
            1
            for j in support
            if j != i
            and not codes[j].isdisjoint(place.codes[:-1])
            and (hits[j].places == hits[i].places or not (codes[j] & set(place.codes[:-1])) <= codes[i])
            and (
                hits[j].places != hits[i].places
                or abs(hits[j].start - hits[i].end) <= 1
                or abs(hits[i].start - hits[j].end) <= 1
            )
        )
        # last, between names read alike: another name of the text in the same province (南宁…东兴: 东兴市)
        kin = sum(1 for j, h in enumerate(hits) if j != i and any(p.codes[:1] == place.codes[:1] for p in h.places))
        kin += bool(spoken) and place.code[:2] == spoken[:2]
        scored.append(((len(support), above, -gap, -rank, kin), place, support))
    top = max(s[0] for s in scored)
    tied = [s for s in scored if s[0] == top]
    picked, also = best([s[1] for s in tied])
    also += [s[1] for s in scored if s[0] != top and s[0][0] == top[0] and s[1] not in picked]
    # a place of a province the list does not divide (台北市 -> 台湾省) is as deep as any other, and a
    # county-level city under its province directly (文昌市: 海南省 > 文昌市) as deep as any county
    depth = (9 if picked[0].code in undivided else _depth(picked[0])) if len(picked) == 1 else 0
    return _Reading((top[0], not hits[i].loose, depth, -hits[i].start), i, picked, also, tied[0][2])


def _depth(place: Place) -> int:
    """How deep a place lies: its path's length, or its level's depth when that is more."""
    return max(len(place.path), index.LEVEL_RANK.get(place.level, 0) + 1)


def choose(hits: Sequence[Hit], best: Best, undivided: Collection[str] = (), spoken: str = "") -> Found | None:
    """The deepest place whose ancestors the rest of the text agrees with; None when no name counts."""
    hits = [h for h in hits if not h.worded or _kept_in_words(h, hits)]
    if not hits:
        return None
    if all(len(h.places) == 1 for h in hits) and (len(hits) > 1 or not hits[0].weak):
        # The usual address: one place per name, each inside the next. The scoring below would
        # give the same answer; this is only quicker.
        deepest = hits[0].places[0]
        for h in hits:  # the first of the deepest, as max() would pick
            if len(h.places[0].path) > len(deepest.path):
                deepest = h.places[0]
        above = deepest.codes
        if all(h.places[0] == deepest or (h.places[0].code and h.places[0].code in above) for h in hits):
            return Found((deepest,), (), min(h.start for h in hits), max(h.end for h in hits))
    codes = [{p.code for p in h.places if p.code} for h in hits]
    readings = [_read(i, hits, codes, best, undivided, spoken) for i in range(len(hits))]
    # A common word (公园, 城区) is taken for a place only when another name agrees with it.
    readings = [r for r in readings if not hits[r.hit].weak or r.score[0] > 1]
    if not readings:
        return None
    win = _framed(max(readings, key=lambda r: r.score), readings, hits)
    also = list(win.also)
    if len(win.picked) == 1:
        chosen = win.picked[0]
        for r in readings:  # another name the text gives as much weight, not on the chosen one's path
            if r is not win and r.score[0] == win.score[0] and len(r.picked) == 1:
                other = r.picked[0]
                if other.code not in chosen.codes and other not in also:
                    also.append(other)
    # names of their own the text gives less weight, not on the path of a place above (天津市 beside 北京 twice)
    others: list[Place] = []
    for r in sorted(readings, key=lambda r: -_depth(r.picked[0]) if r.picked else 0):
        own = r is not win and len(r.picked) == 1 and _own_name(hits[r.hit])
        if own and not any(_on_path(r.picked[0], p) for p in (*win.picked, *also, *others)):
            others.append(r.picked[0])
    covered = [hits[j] for j in win.support]
    start, end = min(h.start for h in covered), max(h.end for h in covered)
    found = Found(tuple(win.picked), tuple(also), start, end, tuple(others))
    return _county_after_wrong_path(found, hits, undivided) or found


def _county_after_wrong_path(found: Found, hits: Sequence[Hit], undivided: Collection[str] = ()) -> Found | None:
    """A county's full name right after the province and city found, lying in neither (山东省济南市泾源县,
    广东省深圳市正镶白旗: an address whose county is the one thing its writer knows, the path before it filled in
    wrong): the county, the path in `also`; where several counties bear the name (江苏省苏州市鼓楼区, 四川省
    海州区), the path found stays, those counties in `also`: nothing is picked silently. Not a short form,
    nor after a place the list does not divide (台湾省台北市中山区: Taipei's, not 大连's)."""
    if len(found.places) != 1 or found.places[0].level not in ("province", "prefecture"):
        return None
    if any(code in undivided for code in found.places[0].codes):
        return None
    path = found.places[0]
    after = next((h for h in hits if h.start == found.end and not h.short and not h.weak), None)
    if after is None or any(p.level != "county" or path.code in p.codes for p in after.places):
        return None
    if len(after.places) == 1:
        return Found(after.places, (path, *found.also), found.start, after.end, found.others)
    return found._replace(also=(*found.also, *(p for p in after.places if p not in found.also)))


def _still_named(found: Found, first: Found | None) -> Found:
    """`found` with the places the names alone gave (`first`: chosen, in `also`, or named on their own)
    in its `also`, whatever a later rule picked (我在北京，老家河北秦皇岛: 秦皇岛市, and 北京市 too), unless
    they lie on the path of the place found or of one already there."""
    if first is None or len(found.places) != 1:
        return found
    kept = list(found.also)
    # (what the names alone chose and set aside, only where a rule went elsewhere: 海南澹州 is 儋州市 inside
    # 海南省, and 海南区 and 海南州, other readings of 海南 set aside for the province, stay aside)
    moved = not any(_on_path(found.places[0], p) for p in first.places)
    for p in (*first.places, *first.also, *first.others) if moved else first.others:
        if not any(_on_path(p, q) for q in (found.places[0], *kept)):
            kept.append(p)
    return found._replace(also=tuple(kept)) if len(kept) > len(found.also) else found


def _on_path(a: Place, b: Place) -> bool:
    """Whether `a` is `b`, or lies above or inside it."""
    return a == b or (a.code in b.codes if a.code else False) or (b.code in a.codes if b.code else False)


def _own_name(hit: Hit) -> bool:
    """Whether a hit is a name standing on its own, not a common word (公园, 城区) or one inside a run of words."""
    return not hit.weak and not hit.worded


def _kept_in_words(hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a common word standing inside a run of words (`worded`: 人力资源) still counts: only in a
    path, right before or after another name (南京六合, 我们九江都昌县)."""
    return any(o.end in (hit.start, hit.start - 1) or o.start in (hit.end, hit.end + 1) for o in hits if o is not hit)


def _framed(win: _Reading, readings: Sequence[_Reading], hits: Sequence[Hit]) -> _Reading:
    """A two-character short form after a city it does not lie in (武汉东湖高新区) names a landmark
    there, not a place elsewhere: the city named first stands, unless another name agrees with the
    short form. (The short form's place is still named in `also`, as another name the text gives.)"""
    if win.score[0] != 1 or len(win.picked) != 1 or not hits[win.hit].loose:
        return win
    place = win.picked[0]
    for r in readings:
        if r.hit < win.hit and r.score[0] == 1 and len(r.picked) == 1:
            frame = r.picked[0]
            if (
                _depth(frame) < _depth(place) and frame.code not in place.codes
            ):  # 沈阳故宫: 东城区 is as deep as a county
                return r
    return win


def deepen(found: Found, townships: Sequence[Hit], form: str, noted: Collection[str]) -> Found:
    """A township named last, inside the place found, is the deeper answer if the data speaks of it
    (`noted`: 重庆綦江石角镇 has a record of its own); else the answer stays the county or city, as
    for any address (昆山市玉山镇 is 昆山市: the status people ask about is decided there).

    A township inside only one of several places a name fits (向阳区 ... 桥南街道) settles which.
    """
    if len(found.places) > 1:
        holding = [p for p in found.places if any(p.code and p.code in t.codes for h in townships for t in h.places)]
        if len(holding) != 1:
            return found
        found = found._replace(
            places=tuple(holding), also=(*found.also, *(p for p in found.places if p not in holding))
        )
    place = found.places[0]
    for h in townships:
        inside = [t for t in h.places if place.code and place.code in t.codes]
        if len(inside) == 1 and inside[0].code in noted and h.start >= found.end and not form[h.end :].strip():
            return Found((inside[0],), (), found.start, h.end)
    return found


def _beyond_the_list(found: Found, hits: Sequence[Hit], form: str, undivided: Mapping[str, Place]) -> Found:
    """香港大埔, 香港南区: a county's name right after (or across the end of) a province the list does not
    divide (香港, 澳门, 台湾: `undivided`) is one of theirs the list does not hold: the region, the county
    elsewhere in `also`. Not a city or province after it (香港深圳, 香港北京: two places), nor one the text
    names again or lists with it (我是香港深圳两边跑的，残疾证是深圳的)."""
    if len(found.places) != 1 or found.places[0].code in undivided or found.places[0].level != "county":
        return found
    named = sum(found.places[0] in h.places for h in hits)
    if named > 1 or form.startswith(_LISTED_AFTER, found.end):
        return found
    for region in undivided.values():  # right before it, or across its start (香港南区: 贵港's 港南区)
        if any(form.startswith(region.name[:2], at) for at in range(max(0, found.start - 2), found.start)):
            return Found(
                (region,), tuple(p for p in (*found.places, *found.also) if p != region), found.start, found.end
            )
    return found


_LISTED_AFTER = ("都", "两", "来回", "之间", "和", "跟", "与", "及", "或")  # (香港深圳两地跑, 澳门珠海都住过)


def alone(townships: Sequence[Hit], form: str) -> Found | None:
    """A text naming only a township (我住在黑林铺街道): that township, if its name is unique; the
    townships that bear it, when it is one full name standing as a word of its own (我住在石角镇,
    石角镇的残疾证: as 石角镇 alone, a choice among them) — not inside other words (河南乡下, 沙坪坝镇上,
    搞新城镇建设, 高新区街道)."""
    chosen = select(townships)
    if len(chosen) != 1:
        return None
    hit = chosen[0]
    if len(hit.places) == 1:
        return Found(hit.places, (), hit.start, hit.end)
    before, after = form[: hit.start].rstrip(), form[hit.end :].lstrip()
    opens = not before or before[-1] in _CLAUSE_MARKS or before.endswith(_TOWN_AFTER) or form[hit.start - 1] == " "
    closes = not after or after[0] in _BOUNDARY or form[hit.end] == " "  # (the scan's space for a mark: 高桥镇，换证)
    closes = closes or after.startswith(("住", "这边", "那边", "这里", "那里"))  # (我在兴隆镇住，…)
    closes = closes or after.startswith(_CARD_AFTER)  # (高桥镇残疾人证, 回龙镇三代证在哪办)
    if form[: hit.end].endswith(_TOWN_ENDS) and opens and closes:
        return Found(hit.places, (), hit.start, hit.end)
    return None


# The card itself right after a name: the name is where its business is (高桥镇残疾人证, 新城区三代证在哪换)
_CARD_AFTER = ("残疾证", "残疾人证", "残疾人的证", "三代证", "第三代", "二代证", "智能残疾", "换证", "办证", "残联")
_CLAUSE_MARKS = _BOUNDARY - {"的"}  # (县里的中心镇: 的 before a name is no boundary here)
_TOWN_AFTER = ("在", "从", "是", "到", "去", "住")  # 我住在石角镇, 我是石角镇的, 搬到石角镇


def _keeps_banner(name: str) -> bool:
    """True for a banner's short form that keeps the word 旗 (科左后旗, 达茂旗): like an official name
    it names the banner itself, so 科左后旗医院 is a hospital there, not one named after a place.
    (Two characters are too few to tell: 红旗, 社旗 are short names of a district and a county.)"""
    return len(name) >= 3 and name.endswith("旗")


def _short_name_ends(form: str, stop: int) -> bool:
    """Whether a name typed by its sound may end at `stop`: the text's or a clause's end, or a little word
    after it (周口怀阳的, 广洲花度嘅, 城都皮都区残疾证)."""
    return stop == len(form) or form[stop] in _CLAUSE_STARTS or form[stop] in "的嘅人这那残我俺"


# Words that follow a city's name in this domain and sound like none of its districts' names only by chance
# Words for a part of a city, no district's name typed wrong (泉州老城区: no 鲤城区 by its initial)
_AREA_WORDS = (
    "老城区",
    "主城区",
    "新城区",
    "旧城区",
    "城区",
    "市区",
    "郊区",
    "辖区",
    "园区",
    "景区",
    "校区",
    "小区",
    "社区",
)
_AFTER_A_CITY = frozenset(
    ("户口", "户籍", "城区", "市区", "郊区", "县城", "老家", "本地", "当地", "市里", "城里", "中院", "法院", "中心")
)


def _two_heard_end(form: str, stop: int, clause: bool = False) -> bool:
    """Where two characters typed by their sound may end as a name after the place above it: the text's
    end, or 的 (嘅) then the end (周口怀阳的, 北京朝杨), or (`clause`, after a province) a clause's end;
    after two characters any other word is too often an everyday word's (郑州中院的判决, 达州区县的残联,
    九江户口，人在广州, 湖北黄刚的，腿不好, 湖北黄刚他老婆)."""
    if stop == len(form) or (clause and form[stop] in _CLAUSE_STARTS):
        return True
    return form[stop] in "的嘅" and stop + 1 == len(form)


# Before a city, words that say the place after it is where the writer is from (额是宝鸡歧山的, 俺家佳木斯华南的)
_FROM_FRAMES = ("我是", "俺是", "额是", "我家", "俺家", "额家", "家是", "老家", "老家是", "老家在", "家在", "户口在")


def _mine_ends(form: str, stop: int) -> bool:
    """Whether 的 (嘅) at `stop` ends a clause: 宝鸡歧山的，残疾证咋弄 (not 歧山的人, 华南的朋友)."""
    return form[stop : stop + 1] in ("的", "嘅") and (stop + 1 == len(form) or form[stop + 1] in _CLAUSE_STARTS)


def _short_name_at(form: str, at: int) -> bool:
    """Whether two to four Chinese characters at `at` may be a name typed by its sound (cheap: before
    a city's districts are looked up)."""
    return any(
        at + n <= len(form) and all(is_cjk(ch) for ch in form[at : at + n]) and _short_name_ends(form, at + n)
        for n in (2, 3, 4)
    )


def _syllable(place: Place, name: str, at: int) -> str:
    """The sound of `name`'s character at `at` as the place's own pinyin gives it (花都: du, not dou;
    the kind word 区 or 县 of a full name has none there, and is never the character typed wrong)."""
    syllables = place.pinyin.split()
    return syllables[at] if at < len(syllables) and len(name) - len(syllables) in (0, 1) else ""


def differs_at(typed: str, name: str) -> int:
    """The one position where two names of the same length differ, or -1 (none, or more than one)."""
    if len(typed) != len(name) or typed == name:
        return -1
    diff = [k for k, (a, b) in enumerate(zip(typed, name, strict=True)) if a != b]
    return diff[0] if len(diff) == 1 else -1


_SEATS = ("城", "中心")  # in the names of county seats' townships: 城关镇, 城厢镇, 新城街道, 中心镇
_TOWN_ENDS = ("街道", "镇", "乡")  # a township's full name ends so (苏木 and 民族乡 end in 木, 乡)
_KIND_ENDS = ("自治县", "自治州", "自治旗", "新区", "地区", "林区", "矿区", *_LEVEL_ENDS)


def _unkinded(name: str) -> str:
    """A name without the word for its kind at its end (郑东新区 -> 郑东, 呼和浩特市 -> 呼和浩特)."""
    return next((name[: -len(end)] for end in _KIND_ENDS if name.endswith(end) and len(name) > len(end)), name)


def rhyme(pinyin: str) -> str:
    """The final of one syllable (guan -> uan, ta -> a): a typo by sound or by a look-alike keeps it."""
    for initial in _INITIALS:
        if pinyin.startswith(initial) and len(pinyin) > len(initial):
            return pinyin[len(initial) :]
    return pinyin


def _city_names(city: "Place | None") -> list[str]:
    """A city's name and its name without 市 (石家庄市, 石家庄), as people write it before a county."""
    if city is None:
        return []
    return [city.name, city.name[:-1]] if city.name.endswith("市") and len(city.name) > 2 else [city.name]


def _same_initial(a: str, b: str) -> bool:
    """Whether two syllables open with the same initial (dian, ding), not none (an, ang)."""
    initial = a[: len(a) - len(rhyme(a))]
    return bool(initial) and b.startswith(initial) and b[: len(b) - len(rhyme(b))] == initial


def one_typo(
    typed: str,
    named: Iterable[tuple[str, str]],
    sounds: Callable[[set[str]], dict[str, str]],
    initials: bool = False,
    alike: Callable[[set[str]], set[tuple[str, str]]] | None = None,
    misread: Callable[[set[str]], dict[str, set[str]]] | None = None,
    rare: Callable[[set[str]], set[str]] | None = None,
) -> str | None:
    """The code of the one place whose name differs from `typed` in one Chinese character, or None.

    How close the wrong character must be: the same sound (官度区 for 官渡区, 郑洲市 for 郑州市), else
    the same final (雁搭区 for 雁塔区); in a name of four characters or more, any character (呼和浩持),
    when the name holds three or more without its kind word (not 郑东新区 for 浦东新区: half its name).
    With `initials` (a name written right after the place it lies in), the same initial counts as the
    same final does (海定区 for 海淀区: ding, dian; not 主城区 for 上城区: zhu, shang).
    With `alike` (a name written right after the place it lies in), a character that looks like the
    name's comes next after the same sound, in a name of two characters too (郑州荣阳 for 荥阳: 荣 looks
    like 荥; data/lookalikes.csv); with `misread`, then a character read as another reading of the name's
    (武汉黄坡区 for 黄陂区: 陂 is read po too).
    The closest kind that fits one place only wins; two places as close are no answer (a guess).
    At least one character must be right and not a level word (市, 区). In a name of two characters
    half would be wrong, so only the same sound counts there, and only for a province or a city
    above county level, the names people write short (郑洲 and 桂临 for 郑州 and 桂林; 昆名 for 昆明); with
    `rare` (the characters of those given that are rare in everyday text), a county's too where the character
    typed by its sound is a rare one of its name and the first character typed no common surname (务源 for 婺源,
    丕州 for 邳州; not 董海 for 东海, nor 刘阳 for 浏阳: people's names).
    """
    if len(typed) < 2 or not all(is_cjk(ch) for ch in typed):
        return None
    short = len(typed) == 2
    pairs: list[tuple[str, str, str]] = []
    for name, code in named:
        at = differs_at(typed, name)
        if short and not code.endswith("00") and rare is None:
            continue
        bare = len(_unkinded(typed))  # the name without its kind word: 道理 of 道理区 (道 is no 街道 here)
        if at >= 0 and bare - (at < bare) >= 1:
            pairs.append((typed[at], name[at], code))
    if not pairs:
        return None
    py = sounds({ch for a, b, _ in pairs for ch in (a, b)})
    if short and rare is not None:
        # by its sound only (荣阳 and 浙川 alone stay no guess) and not after a common surname (刘阳, 李波 and
        # 张平 are people's names more often than 浏阳, 荔波, 漳平 typed)
        counties = {b for _, b, code in pairs if not code.endswith("00")} if typed[0] not in SURNAMES else set()
        scarce = rare(counties) if counties else set()
        pairs = [p for p in pairs if p[2].endswith("00") or (p[1] in scarce and py.get(p[0], "?") == py.get(p[1]))]
    looks = alike({a for a, _, _ in pairs}) if alike is not None else set()
    others = misread({b for _, b, _ in pairs}) if misread is not None else {}
    # same sound, looks alike, another reading, same final, any character
    tiers: list[set[str]] = [set(), set(), set(), set(), set()]
    for a, b, code in pairs:
        if a in py and b in py and py[a] == py[b]:
            tiers[0].add(code)
        elif (a, b) in looks:
            tiers[1].add(code)
        elif a in py and py[a] in others.get(b, ()):
            tiers[2].add(code)
        elif short:
            continue
        elif a in py and b in py and (rhyme(py[a]) == rhyme(py[b]) or (initials and _same_initial(py[a], py[b]))):
            tiers[3].add(code)
        elif len(typed) >= 4 and len(_unkinded(typed)) >= 3:
            tiers[4].add(code)
    for tier in tiers:
        if tier:
            # the closest kind decides; several places as close are no single answer
            return next(iter(tier)) if len(tier) == 1 else None
    return None


# An English or pinyin word for a kind of place: the level it needs (or any), and how the name ends.
_KIND_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "province": ("province", ()),
    "sheng": ("province", ()),
    "autonomousregion": ("province", ("自治区",)),
    "zizhiqu": ("province", ("自治区",)),
    "municipality": ("province", ("市",)),
    "sar": ("province", ("特别行政区",)),
    "specialadministrativeregion": ("province", ("特别行政区",)),
    "prefecture": ("prefecture", ()),
    "pref": ("prefecture", ()),  # abbreviated: Pref., Prov.
    "prov": ("province", ()),
    "autonomousprefecture": ("", ("自治州",)),
    "zizhizhou": ("", ("自治州",)),
    "region": ("", ("地区", "自治区")),
    "diqu": ("", ("地区",)),
    "city": ("", ("市",)),
    "shi": ("", ("市",)),
    "district": ("", ("区",)),
    "qu": ("", ("区",)),
    "county": ("", ("县",)),
    "xian": ("", ("县",)),
    "autonomouscounty": ("", ("自治县",)),
    "zizhixian": ("", ("自治县",)),
    "banner": ("", ("旗",)),
    "qi": ("", ("旗",)),
    "league": ("", ("盟",)),
    "meng": ("", ("盟",)),
    "newarea": ("", ("新区",)),
    "miningdistrict": ("", ("矿区",)),
    "autonomousbanner": ("", ("自治旗",)),
    "unitedbanner": ("", ("联合旗",)),
}
LEVEL_WORDS = frozenset(_KIND_WORDS)
# An autonomous county or banner named after its people alone (东乡族自治县) is written without
# the 族 in English (Dongxiang Autonomous County): its key has the people's "zu" before the kind.
_PEOPLE_KINDS = ("autonomouscounty", "autonomousbanner")
# The pinyin a place's own name ends with, for the English word: chaoyang county -> chaoyangxian.
PINYIN_OF = {
    "county": "xian",
    "city": "shi",
    "district": "qu",
    "banner": "qi",
    "league": "meng",
    "province": "sheng",
    "newarea": "xinqu",
    "miningdistrict": "kuangqu",
    "autonomouscounty": "zizhixian",
    "autonomousbanner": "zizhiqi",
    "unitedbanner": "lianheqi",
}


def fits(place: Place, word: str) -> bool:
    """Whether a place is of the kind an English or pinyin word names (district -> 区)."""
    if word not in _KIND_WORDS:
        return False
    level, endings = _KIND_WORDS[word]
    return (not level or place.level == level) and (not endings or place.name.endswith(endings))


def _pinyin_readings(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The words as written and, where they hold English words the tool writes inside a name (Left,
    Middle, Manchu), read as the pinyin those stand for (Left is 左翼 or 左): one list per reading."""
    from cardinfo.romanise import PINYIN_OF_WORD

    readings = [words]
    for n, (start, end, word) in enumerate(words):
        pinyins = PINYIN_OF_WORD.get(word) if n else None  # never the first word: it is the name
        # ... and only inside a name: a banner's or an autonomous county's words follow (Alxa Left Banner,
        # Horqin Left Middle Banner), not in prose (He left Kunming: no 合作市, hezuo)
        if pinyins and any(w in _NAME_GOES_ON for _, _, w in words[n + 1 : n + 4]):
            readings = [[*r[:n], (start, end, p), *r[n + 1 :]] for r in readings for p in (word, *pinyins)]
    return readings[:9]


_NAME_GOES_ON = frozenset(("banner", "qi", "wing", "middle", "front", "rear", "right", "left", "autonomous", "county"))


def _unread_between(words: list[tuple[int, int, str]], end: int, a: int) -> int:
    """How many words lie between a name ending at `end` and word `a` (all unread, as none was a hit)."""
    return sum(1 for start, _, _ in words[:a] if start >= end)


def _level_words(texts: list[str], a: int) -> tuple[str, int] | None:
    """The word(s) for a kind of place starting at word `a` ("autonomous region"), and where they end."""
    for b in range(min(a + 3, len(texts)), a, -1):
        joined = "".join(texts[a:b])
        if joined in LEVEL_WORDS and (b == a + 1 or joined not in _SYLLABLES):
            return joined, b
    return None


def _county_names(counties: dict[str, Place], divisions: index.Divisions) -> list[tuple[str, str]]:
    """(name, code) of `counties` as written, and an autonomous county's also by its short form and its
    kind word (巍山县 for 巍山彝族回族自治县), as people write it."""
    named = [(c.name, code) for code, c in counties.items()]
    for code, c in counties.items():
        if c.name.endswith(("自治县", "自治旗")) and (short := divisions.short_name(code)):
            named.append((short + c.name[-1], code))
    return named


# A kind word of one pinyin syllable is never written as two words: Xi'an (xi an) is 西安, not 县.
_SYLLABLES = frozenset(("xian", "shi", "qu", "qi", "meng", "sheng"))


class TextFinder:
    """Find places in text with one division index and the data's aliases; caches what it reads."""

    def __init__(
        self,
        divisions: index.Divisions,
        aliases: dict[str, Callable[[], Place | None]],
        noted: Collection[str] = (),
    ) -> None:
        self.divisions = divisions
        self.aliases = aliases
        self.noted = noted  # codes of the townships the data has records or reports of
        # (name, index rows) -> (places, kind ranks, short form only, weak): a batch reads the same names again
        self._readings: dict[str | tuple[tuple[str, int], ...], Reading] = {}
        self._undivided: frozenset[str] | None = None
        self._undivided_named: dict[str, Place] | None = None
        self._by_gap: dict[str, str] | None = None  # names and short forms, for typos
        self._typos = 0  # whole queries checked for a typo
        self._pool: dict[str, list[str]] | None = None  # codes at county level and above, for a place's children

    def sounds(self, chars: set[str]) -> dict[str, str]:
        """Toneless pinyin of each of `chars` that has one (a typo's characters: a handful)."""
        return self.divisions.char_pinyin(chars)  # one query for them all

    def _gaps(self) -> dict[str, str]:
        """(name, code) of every full name and short form at county level and above, by each form of
        it with one character left open (官?区, ?渡区, 官渡?): a typo finds its candidates in a few lookups."""
        if self._by_gap is None:
            # One string per form, "官渡区530111" (joined by | when several names share the form):
            # a list of tuples each took ~3 MB more, a tenth of a batch's whole memory.
            gaps: dict[str, str] = {}
            sql = "SELECT code, name, short FROM division WHERE level != 'township'"  # streamed: no list held
            for code, name, short in self.divisions._stream(sql):
                # typo() reads no shorter query (two characters: a county's only where its character is rare)
                for word in {w for w in (name, short) if len(w) >= 2}:
                    for at in range(len(word)):
                        form = word[:at] + "?" + word[at + 1 :]
                        gaps[form] = f"{gaps[form]}|{word}{code}" if form in gaps else word + code
            self._by_gap = gaps
        return self._by_gap

    def _seat(self, hit: Hit, word: str) -> Place | None:
        """For "City" after the English name of a prefecture that is no city (Altay: 阿勒泰地区), the
        city of the same name inside it (阿勒泰市), if there is one."""
        if word not in ("city", "shi") or len(hit.places) != 1:
            return None
        return self.divisions.seat(hit.places[0])

    def children(self, code: str) -> list[Place]:
        """The places at county level or above directly inside `code` (townships left out)."""
        stem = code[:2] if code.endswith("0000") else code[:4]
        if self._pool is None:
            pool: dict[str, list[str]] = {}  # by province (2 digits) and by prefecture (4 digits)
            for (each,) in self.divisions._stream("SELECT code FROM division WHERE level != 'township'"):
                pool.setdefault(each[:2], []).append(each)
                pool.setdefault(each[:4], []).append(each)
            self._pool = pool
        codes = sorted({c for c in self._pool.get(stem, ()) if c != code})
        found = [p for c in codes if (p := self.divisions.place(c)) is not None]
        return [p for p in found if len(p.codes) > 1 and p.codes[-2] == code]

    def _looks_like(self, typed: str, place: Place) -> tuple[Place, ...]:
        """The one other province or city whose name `typed` writes with one character that looks like its
        own (沪州, heard as 湖州, looks like 泸州), for `also`; or none."""
        if not 2 <= len(typed) <= LONGEST_TYPO or not all(is_cjk(ch) for ch in typed):
            return ()
        gaps = self._gaps()
        pairs = self.divisions.lookalikes(set(typed))
        fits: set[str] = set()
        for at in range(len(typed)):
            for entry in (gaps.get(typed[:at] + "?" + typed[at + 1 :]) or "").split("|"):
                name, code = entry[:-6], entry[-6:]
                if entry and code.endswith("00") and code != place.code and (typed[at], name[at]) in pairs:
                    fits.add(code)
        other = self.divisions.place(next(iter(fits))) if len(fits) == 1 else None
        return (other,) if other is not None else ()

    def _read_as_its_own(self, key: str, named: Sequence[tuple[str, str]]) -> str | None:
        """The one province or city whose two-character name `key` sounds like as that place reads it, a
        character of several readings typed by the one it has there (冲庆 for 重庆, chong; not 赵阳 for 朝阳:
        朝 is chao there), or None."""
        fits: set[str] = set()
        for name, code in named:
            at = differs_at(key, name)
            place = self.divisions.place(code) if at >= 0 and code.endswith("00") else None
            syllables = place.pinyin.split() if place is not None else []
            if len(syllables) == 2 and self.sounds({key[at]}).get(key[at]) == syllables[at]:
                fits.add(code)
        return next(iter(fits)) if len(fits) == 1 else None

    def _rare(self, chars: set[str]) -> set[str]:
        """Those of `chars` rare in everyday text (jieba's counts below _RARE)."""
        counts = self.divisions.counts(chars)
        return {ch for ch in chars if counts.get(ch, 0) < _RARE}

    def _alike_whole(self, key: str) -> Callable[[set[str]], set[tuple[str, str]]]:
        """Look-alikes for a whole query typed with one character wrong: in a name of three characters or
        more any pair (秦皇鸟, 汩罗市); in one of two only where the name's character is rare in everyday
        text and the typed one more common (毫州 for 亳州; not 王明 for 三明 or 许磊 for 许昌: people's names)."""

        def alike(typed: set[str]) -> set[tuple[str, str]]:
            pairs = self.divisions.lookalikes(typed)
            if len(key) > 2 or not pairs:
                return pairs
            counts = self.divisions.counts({ch for pair in pairs for ch in pair})
            return {(a, b) for a, b in pairs if counts.get(b, 0) < min(_RARE, counts.get(a, 0))}

        return alike

    def typo(self, key: str) -> Place | None:
        """The one place a whole query names with one character wrong (哈尔宾, 郑洲市), or None.

        One query compares the names of its length (SQLite picks them: a few milliseconds); a batch,
        after GAPS_AFTER of them, indexes the names once (~15 ms), then looks a few forms up (~3 µs).
        """
        if not 2 <= len(key) <= LONGEST_TYPO or not all(is_cjk(ch) for ch in key):
            return None
        if self.divisions.words((key,)):
            return None  # 信仰, 无息, 三明治: a word, not 信阳, 无锡 or 三明市 with a character wrong
        self._typos += 1
        named: list[tuple[str, str]]
        if self._typos > GAPS_AFTER:
            gaps = self._gaps()
            found = (gaps.get(key[:at] + "?" + key[at + 1 :]) for at in range(len(key)))
            entries = [entry for joined in found if joined for entry in joined.split("|")]
            named = [(entry[:-6], entry[-6:]) for entry in entries]  # the name, then its 6-digit code
        else:  # the index has no column for a name's length: SQLite computes it
            size = len(key)
            sql = (
                "SELECT code, name, short FROM division"
                f" WHERE level != 'township' AND {size} IN (length(name), length(short))"
            )
            named = [
                (w, code) for code, name, short in self.divisions._rows(sql) for w in {name, short} if len(w) == size
            ]
        # (another reading of a name's character only in a name of three or more: 赵阳 is no 朝阳)
        misread = self.divisions.readings if len(key) > 2 else None
        rare = self._rare if len(key) == 2 else None
        fit = (
            one_typo(key, named, self.sounds, alike=self._alike_whole(key), misread=misread, rare=rare)
            if named
            else None
        )
        fit = fit or (self._read_as_its_own(key, named) if len(key) == 2 else None)
        return self.divisions.place(fit) if fit else None

    def find(self, text: str, t2s: dict[str, str] | None = None, typos: bool = True) -> index.Resolution | None:
        """The place a longer text names (an address, a sentence, several names), or None; with
        `typos`, a whole text that names none may be a name typed with one character wrong."""

        t2s = self.divisions.t2s(text) if t2s is None else t2s
        written = untitled(text)
        form, origin = scan_form(written, t2s)
        latin = form.isascii() or not any(is_cjk(ch) for ch in form)
        if latin:
            from cardinfo import english  # English sentences only: a Chinese text never loads it

            hits = self._agreeing_sights(self._latin_hits(form), form)
            if hits and english.prose(written):  # a sight's name is where it is (just off Wangfujing)
                sights = self._latin_sights(hits, form)
                spans = [(origin[h.start], origin[h.end - 1] + 1) for h in hits]
                hits = [
                    h
                    for h, (a, b) in zip(hits, spans, strict=True)
                    if h in sights or english.placed(written, a, b, spans)
                ]
            townships: list[Hit] = []
        else:
            form = blank_fillers(form, not self._opens_with_country(form))
            hits, townships = self._chinese_hits(form)
        if text.lower() != text and text.upper() != text:
            # Prose with capitals capitalises place names: "(hukou)" is a word, "Kunming" a place.
            hits = [h for h in hits if not form[h.start].isascii() or text[origin[h.start]].isupper()]
        spoken = "" if latin else _spoken(form)
        found = choose(hits, index._best, self._whole_places(), spoken) if hits else None
        first = found  # what the names alone give: whatever a rule below picks, the others stay in `also`
        if found is not None and not latin:
            found = _beyond_the_list(found, hits, form, self._undivided_places())
            found = self._district_of_undivided_city(found, hits, form)
            found = self._undenied(found, hits, form)
            found = self._inside_a_town(found, hits, form)
            found = self._written_after_old_city(found, hits, form)
        relocated = None  # the county a township written under another one lies in now
        if found is not None and not latin:
            moved = registered(found, hits, form, self._choose)  # where the registration moved to, else
            if moved is found:
                own = mine(found, hits, form, self._choose)  # the writer's own
                asking = _with_question_marks(form, written, origin)  # the scan made them spaces
                moved = own if own is not found else meant(found, hits, asking, self._choose)  # asked, not left
            found = moved
        elif found is not None:  # Beijing has it, does Tianjin? not Taiyuan but Datong
            found = meant_in_english(found, hits, form, written, origin, self._choose)
        if found is not None:
            found = deepen(found, townships, form, self.noted)
            found = self._county_of_town(found, townships)
            before, found = found, self._moved_town(found, townships, form)
            relocated = found.places if found is not before else None
            if (len(found.places) > 1 or found.also) and not latin:
                found = self._settled_by_town(found, form, townships)
        elif townships:
            found = alone(townships, form)
        if found is not None and not latin:  # 北京回龙观, 成都春熙路: a township's short form after its city
            found = self._town_after(found, form)
        if not latin and "团" in form and (found is None or found.places[0].level == "province"):
            found = self._regiment(form, found) or found  # 新疆生产建设兵团第八师一四三团, 农八师143团
        if found is None and not latin:  # 在陆家嘴上班, 中关村: a township's short form, when nothing else is
            found = self._town_short_form(form)
        elif found is not None and len(found.places) == 1 and not latin and _maybe_inside_town(found, form):
            # ... or the only other name stands inside it (我住千佛山附近: 佛山 inside 千佛山, 历下区's township;
            # not a name several places bear, 钟鼓楼附近: 鼓楼 inside it, as in many cities)
            town = self._town_short_form(form)
            if town is not None and town.start < found.start and found.end <= town.end:
                found = town
        heard = None if latin else self._heard(form, found, hits)  # 石家装, 郑洲, 七七哈尔: typed by sound
        if heard is None and not latin and (found is None or (len(found.places) == 1 and found.end - found.start <= 3)):
            # 呼和浩持: a long name with a character wrong; over a short one written inside it (巴彦掉尔: 巴彦县's 巴彦)
            mistyped = self._mistyped(form, found)
            inside = found is None or (
                mistyped is not None  # ... a name of four characters without its kind (not 沙河校区 for 沙河口区)
                and len(_unkinded(mistyped.places[0].name)) >= 4
                and mistyped.start <= found.start
                and found.end <= mistyped.end
            )
            heard = mistyped if inside else None
        if (
            heard is None
            and not latin
            and found is not None
            and len(found.places) == 1
            and found.places[0].level == "county"  # (not over a city: 我在昆明 pays nothing)
            and found.end - found.start == 2
        ):
            # a city of three characters typed by its sound over a short name inside it (秦黄岛: 黄岛区's 黄岛)
            over = self._heard(form[max(0, found.start - 1) : found.end + 1], None, [])
            offset = max(0, found.start - 1)
            if over is not None and over.end - over.start == 3 and over.start + offset <= found.start:
                heard = Found(over.places, (), over.start + offset, over.end + offset)
        if heard is not None:
            found = heard
        if found is None:  # no name as written: a name with one character wrong, if the text is one
            key = normalise(text, t2s)
            place = self.typo(key) if typos else None
            also = self._looks_like(key, place) if place else ()
            return index.Resolution(text, (place,), "typo", also, text.strip()) if place else None
        found = (None if latin or heard else self._own_opened(found, form, hits)) or found
        typo = None if latin or heard else self._typo_after(found, form, hits, townships)
        typo = typo or (None if latin or heard else self._typo_before(found, form, hits)) or heard
        typo = typo or (None if latin else self._typo_across(found, form, hits, townships))
        typo = typo or (None if latin else self._heard_under(found, form, hits))
        if typo is not None and len(typo.places) == 1:
            alike = self._looks_like(form[typo.start : typo.end], typo.places[0])
            typo = Found(typo.places, (*typo.also, *alike), typo.start, typo.end) if alike else typo
        found = _still_named(typo or found, first)
        matched = text[origin[found.start] : origin[found.end - 1] + 1]
        # "path": names of places one inside the other and nothing else (云南昆明盘龙区, Kunming, Yunnan)
        whole = not form[: found.start].strip() and not form[found.end :].strip()
        kind = "typo" if typo else "moved" if relocated == found.places else "path" if whole else "text"
        return index.Resolution(text, found.places, kind, found.also, matched)

    def _kind_word_apart(self, form: str, i: int, j: int) -> bool:
        """Whether a short form of two characters ending in 县, 旗 or 盟 stands across words: its first
        character closes a word before it (委托县), or its last opens one (县长, 县城)."""
        if form[j - 1 : j + 1] in ("县长", "县城", "县域", "县里", "县委"):
            return True
        return i > 0 and bool(self.divisions.words({form[i - 1 : i + 1]}))

    def _city_word(self, form: str, i: int, names: "Sequence[tuple[int, int, object]]") -> bool:
        """Whether a name starting at `i` opens with the last character of another name or of an everyday
        word (上海, 沿海) right before it."""
        if any(b == i for _, b, _ in names):
            return False  # a name right before it: a path (辽宁海城市, 山西晋城市), though 宁海 and 西晋 are names too
        return any(a < i and b == i + 1 for a, b, _ in names) or bool(self.divisions.words({form[i - 1 : i + 1]}))

    def _opens_with_country(self, form: str) -> bool:
        """Whether the text opens with a name of the index that starts with 中国 (中国人民大学, 中国美术馆)."""
        start = len(form) - len(form.lstrip())
        if not form.startswith("中国", start):
            return False
        pieces = {form[start : start + n] for n in range(4, min(len(form) - start, LONGEST_NAME) + 1)}
        return bool(self.divisions.lookup_many(pieces))

    def _undenied(self, found: Found, hits: Sequence[Hit], form: str) -> Found:
        """`found`, or what the text's other names give when it (or a place above it) is denied (我在辽宁朝阳，
        不是北京朝阳区; 不是北京朝阳区，是辽宁朝阳): the names of a clause 不是 or 并非 opens count for nothing
        there, and the denied place goes to `also`. Not 是不是, which asks."""
        denied = [h for h in hits if _denied(form, h)]
        if not denied or len(found.places) != 1:
            return found
        place = found.places[0]
        if not any(p == place or (p.code and p.code in place.codes) for h in denied for p in h.places):
            return found  # the place found (or a place above it) is not what is denied
        rest = choose([h for h in hits if h not in denied], index._best, self._whole_places())
        if rest is None or len(rest.places) != 1 or rest.places[0] == place:
            return found
        also = (place, *(p for p in rest.also if p != place))
        return Found(rest.places, tuple(dict.fromkeys(also)), rest.start, rest.end)

    def _moved_town(self, found: Found, townships: Sequence[Hit], form: str) -> Found:
        """A county named with a township by its full name that lies in another county of the same
        city (杭州市余杭区临平街道: 临平街道 is 临平区's since 临平区 was split from 余杭区 in 2021, as
        宝安区龙华街道 is 龙华区's) is an address written before the change, when no other township of
        the province bears that name, the county written has none of that name by another kind word
        (蒲江县寿安镇 is its 寿安街道) and it is no seat's name (城关镇): the township's county answers,
        the county written goes to `also`."""
        place = found.places[0]
        if len(found.places) > 1 or place.level != "county" or len(place.codes) < 2:
            return found
        for h in townships:
            if h.start != found.end or not form[h.start : h.end].endswith(_TOWN_ENDS):
                continue
            if any(place.code in t.codes for t in h.places):
                return found  # the township is the county's own
            written = form[h.start : h.end]
            if sum(t.codes[0] == place.codes[0] for t in h.places) != 1 or any(w in written for w in _SEATS):
                continue  # a name many townships bear, or a seat's (城关镇, 中心镇): more likely the county's own
            if self._has_town(place, _unkinded(written)):
                continue  # 蒲江县寿安镇: the county's own 寿安街道 by its old kind word
            moved = {t.codes[-2] for t in h.places if len(t.codes) >= 3 and t.codes[-3] == place.codes[-2]}
            county = self.divisions.place(moved.pop()) if len(moved) == 1 else None
            if county is not None and county.level == "county":
                return Found((county,), (place, *found.also), found.start, h.end)
        return found

    def _has_town(self, county: Place, short: str) -> bool:
        """Whether a township of `county` bears the name `short` with any kind word (镇, 乡, 街道)."""
        return any(_unkinded(name) == short for name in self.divisions.township_names(county.code))

    def _choose(self, hits: list[Hit]) -> Found | None:
        return choose(hits, index._best, self._whole_places())

    def _inside_a_town(self, found: Found, hits: Sequence[Hit], form: str) -> Found:
        """`found`, or what the other names give when the name found stands inside a township's name or
        short form (3 characters or more, one township's) of a place another name agrees with (在华为松山湖基地上班，
        住在东莞大朗镇: 松山 inside 东莞's 松山湖, not 赤峰's 松山区)."""
        if not found.also or len(found.places) != 1:
            return found
        start, end = found.start, found.end
        pieces = {
            form[a:b]
            for a in range(max(0, start - 3), start + 1)
            for b in range(end, min(len(form), end + 4) + 1)
            if 3 <= b - a <= 6 and (a, b) != (start, end)
        }
        named = [[c for c, _ in rows] for rows in self.divisions.lookup_many(pieces, townships=True).values()]
        towns = [codes[0] for codes in (*self.divisions.town_short_forms(pieces).values(), *named) if len(codes) == 1]
        above = {c for code in towns if (town := self.divisions.place(code)) for c in town.codes[:-1]}
        if not any(p.code in above for p in found.also):
            return found
        rest = [h for h in hits if not (h.start >= start and h.end <= end)]
        return self._choose(rest) or found

    def _town_at(self, form: str, at: int, places: "Sequence[Place]") -> bool:
        """Whether a township of one of `places` starts at `at` by a short form of three characters
        or more (南京新街口: 新街口, 玄武区's; the words after 南京 are no road named after it)."""
        pieces = {form[at : at + n] for n in range(3, 7) if at + n <= len(form)}
        codes = [c for found in self.divisions.town_short_forms(pieces).values() for c in found]
        stems = [p.code[: {"province": 2, "prefecture": 4}.get(p.level, 6)] for p in places if p.code]
        return any(c.startswith(stem) for c in codes for stem in stems)

    def _settled_by_town(self, found: Found, form: str, townships: Sequence[Hit]) -> Found:
        """Of the places an old name became (遵义县: 播州区, 红花岗区, 汇川区; 吴县: 吴中区, also 相城区),
        the one the township written right after it lies in, by its name then or now (遵义县龙坑镇:
        龙坑街道 of 播州区; 吴县黄桥镇: 黄桥街道 of 相城区)."""
        at = found.end + (form[found.end : found.end + 1] == " ")
        # (a short form only to settle places the text leaves equal: 江干区九堡, not 台北大安区's also)
        shorts = self._short_towns_at(form, at) if len(found.places) > 1 else []
        towns = [h for h in (*townships, *self._renamed_towns(form), *shorts) if h.start == at]
        places = (*found.places, *found.also)
        holding = [p for p in places if p.code and any(p.code in t.codes for h in towns for t in h.places)]
        if len(holding) != 1 or found.places == (holding[0],):
            return found
        return Found((holding[0],), tuple(p for p in places if p != holding[0]), found.start, found.end)

    def _short_towns_at(self, form: str, at: int) -> list[Hit]:
        """Townships named by a short form starting at `at` (江干区九堡: 九堡街道, of 上城区 since 2021)."""
        pieces = {form[at : at + n]: n for n in range(2, 7) if at + n <= len(form) and is_cjk(form[at + n - 1])}
        named = self.divisions.town_short_forms(pieces, shortest=2) if pieces else {}
        hits = []
        for key, codes in named.items():
            places = tuple(p for code in codes if (p := self.divisions.place(code)) is not None)
            if places:
                hits.append(Hit(at, at + pieces[key], places, (index.KIND_RANK[index.TOWNSHIP_SHORT],) * len(places)))
        return hits

    def _renamed_towns(self, form: str) -> list[Hit]:
        """Townships an older address names with the word it no longer ends in (南白镇, 南白街道 since
        遵义县 became 播州区): the townships whose short form stands before 镇, 乡 or 街道 in the text."""
        pieces: dict[tuple[int, int], str] = {}
        for end in ("镇", "乡", "街道"):
            for at in index._find_all(form, end):
                for n in range(2, 5):
                    if at >= n and all(is_cjk(ch) for ch in form[at - n : at]):
                        pieces[(at - n, at + len(end))] = form[at - n : at]
        if not pieces:
            return []
        named = self.divisions.town_short_forms(set(pieces.values()), shortest=2)
        hits = []
        for (i, j), stem in pieces.items():
            places = tuple(p for code in named.get(stem, ()) if (p := self.divisions.place(code)) is not None)
            if places:
                hits.append(Hit(i, j, places, (index.KIND_RANK[index.TOWNSHIP_SHORT],) * len(places)))
        return hits

    def _written_after_old_city(self, found: Found, hits: Sequence[Hit], form: str) -> Found:
        """廊坊地区廊坊市广阳区: an old county-level city's name, read as the district it became, followed by
        another county of the same prefecture written out: that one, with the old city's district in `also`."""
        if len(found.places) != 1 or found.places[0].level != "county" or len(found.places[0].codes) < 2:
            return found
        place = found.places[0]
        named = next((h for h in hits if found.start <= h.start and h.end == found.end and place in h.places), None)
        written = form[named.start : named.end] if named is not None else ""
        if len(written) <= len(place.name):  # not the prefecture's and the old city's names together
            return found
        if not any(code == place.code and kind == index.FORMER for code, kind in self.divisions.lookup(written)):
            return found
        parent = place.codes[-2]
        later = [
            h
            for h in hits
            if h.start >= found.end and len(h.places) == 1 and h.places[0] != place
            if h.places[0].level == "county" and parent in h.places[0].codes
        ]
        if not later:
            return found
        also = (place, *(p for p in found.also if p != later[0].places[0]))
        return Found(later[0].places, also, later[0].start, later[0].end)

    def _typo_after(self, found: Found, form: str, hits: Sequence[Hit], townships: Sequence[Hit]) -> Found | None:
        """A place inside the one found, typed right after it with one character wrong (昆明市官度区)."""
        if len(found.places) != 1 or found.places[0].level not in ("province", "prefecture"):
            return None
        end = found.end
        above = found.places[0].code
        if any(h.start >= end and any(above in p.codes for p in h.places) for h in (*hits, *townships)):
            return None  # a place inside the one found follows: the text is read as written
        pieces = [n for n in range(end + 3, min(len(form), end + 9) + 1) if form[n - 1] in _TYPO_ENDS]
        children = {p.code: p for p in self.children(above)} if pieces or _short_name_at(form, end) else {}
        named = [(p.name, code) for code, p in children.items()]
        # a county after its province, its city left out (河北琢州市): its name typed with its kind word
        counties = {c.code: c for p in children.values() for c in self.children(p.code)} if pieces else {}
        alike, misread = self.divisions.lookalikes, self.divisions.readings
        for n in pieces:
            fit = one_typo(form[end:n], named, self.sounds, alike=alike, misread=misread)
            if fit is None and counties and found.places[0].level == "province":
                fit = one_typo(
                    form[end:n], _county_names(counties, self.divisions), self.sounds, alike=alike, misread=misread
                )
                if fit is not None:
                    return Found((counties[fit],), (), found.start, n)
            if fit is None and not form[end:n].endswith(_AREA_WORDS) and not self.divisions.words({form[end:n]}):
                fit = one_typo(form[end:n], named, self.sounds, initials=True)
            if fit is not None:
                return Found((children[fit],), (), found.start, n)
        within = list(children.values())
        if found.places[0].level == "province" and end + 1 < len(form) and form[end + 1] in _TYPO_ENDS:
            within = [c for p in within for c in self.children(p.code)]  # (山东吕县: its city left out)
        lone = self._one_character_name(form, end, within)
        if lone is not None:
            return Found((lone,), (), found.start, end + 2)
        framed = form[: found.start].endswith(_FROM_FRAMES)
        heard = self._short_heard(form, end, list(children.values()), framed) if children else None
        if heard is None and children and found.places[0].level == "province":
            # a county after its province, its city left out (江苏沐阳: 沭阳县)
            counties = {c.code: c for p in children.values() for c in self.children(p.code)}
            heard = self._short_heard(form, end, list(counties.values()), framed)
        return Found((heard[0],), (), found.start, heard[1]) if heard else None

    def _one_character_name(self, form: str, end: int, children: "Sequence[Place]") -> Place | None:
        """黄山翕县: a place whose name is one character and its kind word (歙县), typed at `end`, right after
        the place it lies in, with that character sounding the same, looking like it (a rare one: see
        `_rarely_written`) or read as another reading of it (翕 xi, 歙 she or xi): the one of `children` it fits,
        in that order."""
        if end + 2 > len(form) or form[end + 1] not in _TYPO_ENDS or not is_cjk(form[end]) or form[end] in _LEVELS:
            return None  # (达州区县的残联: 区县, no 渠县)
        if form[end : end + 2] in _AFTER_A_CITY or self.divisions.words({form[end : end + 2]}):
            return None
        typed, kind = form[end], form[end + 1]
        fits = [p for p in children if len(p.name) == 2 and p.name[1] == kind and p.name[0] != typed]
        if not fits:
            return None
        sound = self.sounds({typed}).get(typed, "?")
        looks = self.divisions.lookalikes({typed})
        others = self.divisions.readings({p.name[0] for p in fits})
        tiers = (  # as one_typo: the same sound, then a look-alike (of a rare character), then another reading
            [p for p in fits if sound == _syllable(p, p.name, 0)],
            self._rarely_written(typed + kind, [(p.name, p) for p in fits if (typed, p.name[0]) in looks]),
            [p for p in fits if sound in others.get(p.name[0], ())],
        )
        near = next((tier for tier in tiers if tier), [])
        return near[0] if len(near) == 1 else None

    def _rarely_written(self, typed: str, named: "Sequence[tuple[str, Place]]") -> list[Place]:
        """Those of `named` (name, place) whose character `typed` differs in is rare in everyday text, when
        `typed` is no everyday word itself: a look-alike typo (荧阳 for 荥阳), not a name or a word (王林, 这部)."""
        wrong = {p.code: name[k] for name, p in named if (k := differs_at(typed, name)) >= 0}
        counts = self.divisions.counts({typed, *wrong.values()})
        if typed in counts:
            return []
        return [p for _, p in named if p.code in wrong and counts.get(wrong[p.code], 0) < _RARE]

    def _typo_across(self, found: Found, form: str, hits: Sequence[Hit], townships: Sequence[Hit]) -> Found | None:
        """徐州雎宁县: a county found elsewhere (甘肃's 宁县) at the end of a name typed with one character
        wrong right after a city it does not lie in, when that city has a place of the name so typed
        (睢宁县, see `_typo_after`); the county found goes to `also`."""
        if len(found.places) != 1 or found.places[0].level != "county":
            return None
        county = found.places[0]
        for h in hits:
            if len(h.places) != 1 or not found.start - 2 <= h.end < found.start:
                continue
            above = h.places[0]
            if above.level not in ("province", "prefecture") or above.code in county.codes:
                continue
            fit = self._typo_after(Found(h.places, (), h.start, h.end), form, hits, townships)
            if fit is not None and fit.end == found.end and fit.places[0].level == "county":
                return Found(fit.places, (county,), fit.start, fit.end)
        return None

    def _own_opened(self, found: Found, form: str, hits: Sequence[Hit]) -> Found | None:
        """A name of another place written right after a province or city that opens the name of one of
        its own places (临夏东乡: 东乡族自治县, not 抚州's 东乡区): that one."""
        if len(found.places) != 1 or found.places[0].level not in ("province", "prefecture"):
            return None
        end = found.end
        stops = sorted((h.end for h in hits if h.start == end), reverse=True)
        if not stops or any(h.start >= end and any(found.places[0].code in p.codes for p in h.places) for h in hits):
            return None  # a place inside the one found follows: the text is read as written
        children = self.children(found.places[0].code)
        for stop in stops:
            fits = [p for p in children if p.name.startswith(form[end:stop]) and len(p.name) > stop - end + 1]
            if len(fits) == 1:
                return Found((fits[0],), (), found.start, stop)
        return None

    def _short_heard(
        self, form: str, end: int, children: "Sequence[Place]", framed: bool = False
    ) -> tuple[Place, int] | None:
        """The one place of `children` whose name (2 to 4 characters, with or without its kind word) is
        typed right at `end` with one character of the same sound wrong, its word ending there (周口怀阳的,
        重庆万洲, 宁波印州区): voice input after a city. Not a word of data/words.csv, nor a name as written;
        two characters only at the text's end or before a final 的 (`_two_heard_end`), or, where the
        words before the city say it is where the writer is from (`framed`: 额是宝鸡歧山的，…, 俺家佳木斯华南的，…),
        before 的 that ends a clause."""
        names = [(p.name[:-1], p) for p in children if p.name.endswith(("县", "区", "市", "旗"))]
        names += [(p.name, p) for p in children]  # (皮都区 for 郫都区)
        # a prefecture or an autonomous county by the short form its kind word leaves (云南西双板纳: 西双版纳傣族
        # 自治州; 新疆伊梨州: 伊犁州; 云南魏山: 巍山彝族回族自治县)
        for p in children:
            if p.name.endswith(("自治州", "地区", "盟", "自治县", "自治旗")) and (
                short := self.divisions.short_name(p.code)
            ):
                names += [(short, p), (short + "州", p)] if p.name.endswith("州") else [(short, p)]
        for n in (2, 3, 4):
            stop = end + n
            typed = form[end:stop]
            if stop > len(form) or not all(is_cjk(ch) for ch in typed):
                return None
            ends = _two_heard_end(form, stop) or (framed and _mine_ends(form, stop))
            # two characters before other words only by a look-alike (郑州荧阳的残疾人证: 荥阳市), which an
            # everyday word after a city is too seldom to be
            looked = n == 2 and not ends and _short_name_ends(form, stop)
            if not (ends or looked if n == 2 else _short_name_ends(form, stop)) or typed in _AFTER_A_CITY:
                continue
            near = [(name, p) for name, p in names if differs_at(typed, name) >= 0]
            if not near or typed in self.divisions.words({typed}) or self.divisions.lookup(typed):
                continue
            sound = self.sounds(set(typed))
            same = [
                p for name, p in near if sound.get(typed[k := differs_at(typed, name)], "?") == _syllable(p, name, k)
            ]
            if looked or not same:  # (郑州荣阳: 荣 looks like 荥, when no name sounds the same)
                looks = self.divisions.lookalikes(set(typed))
                same = list(
                    {p.code: p for name, p in near if (typed[k := differs_at(typed, name)], name[k]) in looks}.values()
                )
                if looked and same:  # before other words: only a rare character misread, in no everyday word
                    same = self._rarely_written(typed, [(name, p) for name, p in near if p in same])
            if len(same) == 1:
                return same[0], stop
        return None

    def _heard(self, form: str, found: Found | None, hits: Sequence[Hit]) -> Found | None:
        """A city's name (or a county's of three characters or more) typed by its sound with one
        character wrong, two in a name of four (voice and pinyin input: 我爸在石家装住, 我在郑洲打工,
        七七哈尔的残疾证, 重庆沙平坝), where the text names no place, or only one above it (江西干州 →
        赣州市): the one place whose toneless pinyin a run of the text has and one of whose
        characters it shares. Not a word of data/words.csv (信仰 is no 信阳), nor inside a name found."""
        if found is not None and (len(found.places) != 1 or found.places[0].level not in ("province", "prefecture")):
            return None
        giving = [h for h in hits if found is not None and found.places[0] in h.places]
        taken = {k for h in giving for k in range(h.start, h.end)}  # (沙平坝: 平坝区's name inside it is free)
        windows = [
            (a, a + n)
            for n in (2, 3, 4)
            for a in range(len(form) - n + 1)
            if all(is_cjk(ch) for ch in form[a : a + n]) and not taken & set(range(a, a + n))
        ]
        if not windows:
            return None
        sound = self.divisions.char_pinyin({ch for a, b in windows for ch in form[a:b]})
        keys = {
            (a, b): "".join(sound[ch] for ch in form[a:b]) for a, b in windows if all(ch in sound for ch in form[a:b])
        }
        # a character place names read another way than the table does (城都 heard as 成都: du, not dou)
        others = {
            (a, b): "".join(OTHER_READINGS.get(ch, sound[ch]) for ch in form[a:b])
            for a, b in keys
            if any(ch in OTHER_READINGS for ch in form[a:b])
        }
        rows = self.divisions.lookup_many({*keys.values(), *others.values()})
        typed_all = {form[a:b] for a, b in keys}
        # a name as written (山西老陈醋: no 陕西) or a word of data/words.csv (通话, 三名, 八中, 进城: words
        # one sound from 通化, 三明, 巴中, 晋城)
        worded = self.divisions.words(typed_all)
        known = worded.keys() | self.divisions.lookup_many(typed_all).keys()
        heard: dict[str, tuple[Place, int, int]] = {}
        for (a, b), key in keys.items():
            typed = form[a:b]
            if form.startswith(_HEARD_NOT_AFTER, b) or _abroad(form, a):
                continue  # 家兴小区, 潞安集团, 锦华酒店: an estate's, a firm's, a shop's name; 日本富山县
            after = any(h.end == a for h in giving)  # right after the province or city found
            # after its province, a city's name that keeps its 州 is one mid-clause too (海南担州我舅舅), unless it is a
            # person's name (湖南陈州说他明天来, 山东得州哥说他请客)
            person = typed[0] in SURNAMES or form.startswith(_DOES, b) or form[b : b + 1] in ("哥", "姐", "说")
            under = after and (_two_heard_end(form, b, clause=True) or (form[b - 1] == "州" and not person))
            # (a province, not a province-level city with its districts right below it: 重庆雨中的夜景 is no 渝中区)
            province = (
                found is not None and found.places[0].level == "province" and not found.places[0].name.endswith("市")
            )
            below = province and after
            # ... or right after its province, before 的, 那 or 这 (湖南刘阳的残疾人, 四川梅山那个: voice input), where
            # nothing else says it is a place: then its first character typed wrong and its last right (see below)
            said = below and not under and form[b : b + 1] in ("的", "那", "这") and not form.startswith("的话", b)
            said = said and not _heard_as_place(form, a, b)  # (山西太远的话)
            under = under or said
            # a word one sound from a city's name that ends as places' names do (株州, 梅山) is that city right after
            # its province as above, or before words of being there (四川梅山的残联); not 信仰, 健康, 通话. Any
            # such word is, right after its province at the text's end (河北廊房: 廊坊市)
            spoken = under or (below and _heard_as_place(form, a, b))
            finals = typed[-1] in _PLACE_FINALS or (below and b == len(form))
            if typed in known and not (spoken and after and worded.get(typed) == "word" and finals):
                continue
            cued = b - a > 2 or _heard_as_place(form, a, b) or under
            before = [p for h in hits if h.start == b for p in h.places]
            # two characters need words of being there around them (我在郑洲打工, not 我爸中风), or the province or
            # city they lie in right before them, then no more word (江西干州, 海南担州我舅舅; not 江苏南经济), or a
            # district of theirs right after them, as written (洛羊老城区) or by its sound (广洲花度): see below
            for code, kind in (*rows.get(key, ()), *rows.get(others.get((a, b), ""), ())):
                place = self.divisions.place(code) if kind == index.PINYIN else None
                # (two characters: a city, or right after its province a county too: 湖南刘阳的 → 浏阳市)
                if place is None or (b - a == 2 and place.level not in ("province", "prefecture") and not below):
                    continue
                if (
                    not cued
                    and not any(place.code in p.codes[:-1] for p in before)
                    and not self._heard_then(form, b, place)
                ):
                    continue  # (or one of its districts typed by its sound after it: 广洲花度, 城都皮都区)
                if found is not None and found.places[0].code not in place.codes:
                    continue
                for name in (place.name, place.name[:-1]):
                    if len(name) != b - a or (name == place.name and typed[-1] != name[-1]):
                        continue  # not 南阳是, 北京时, 上街去 for 南阳市, 北京市, 上街区: the kind word heard
                    if typed[-1] != name[-1] and typed[-1] in _HEARD_GENERIC:
                        continue  # 张家街, 楠木林: a street's, a grove's name, not 张家界, 南木林
                    if typed[-1] != name[-1] and typed[-1] in _PARTICLES_HEARD:
                        continue  # 李宁的残疾证: a name, then the particle 的, not 宁德 (ning de)
                    wrong = sum(x != y for x, y in zip(typed, name, strict=True))
                    if (said or (b - a == 2 and place.level == "county")) and typed[-1] != name[-1]:
                        continue  # (the first character typed wrong, the last right: 刘阳, 梅山; not 太远 for 太原)
                    if 1 <= wrong <= (2 if b - a >= 4 else 1) and wrong < b - a:
                        heard[place.code] = (place, a, b)
        longest = max((b - a for _, a, b in heard.values()), default=0)  # 峨嵋山 → 峨眉山市, not 眉山市 by 嵋山
        heard = {code: entry for code, entry in heard.items() if entry[2] - entry[1] == longest}
        top = min((len(p.codes) for p, _, _ in heard.values()), default=0)
        highest = [entry for entry in heard.values() if len(entry[0].codes) == top]  # 乌鲁木齐市, not 乌鲁木齐县
        if len(highest) != 1:
            return None
        place, start, end = highest[0]
        # a district written right after the city heard, even one alone too common to count (呼和好特新城区)
        inside = [(p, h.end) for h in hits if h.start == end for p in h.places if place.code in p.codes[:-1]]
        if len(inside) == 1:
            return Found((inside[0][0],), (), start, inside[0][1])
        deeper = self._short_heard(form, end, self.children(place.code)) if place.level == "prefecture" else None
        return Found((deeper[0],), (), start, deeper[1]) if deeper else Found((place,), (), start, end)

    def _mistyped(self, form: str, within: Found | None = None) -> Found | None:
        """A name of four characters or more typed with one character wrong after its first two (呼和浩持
        的残联, 我在巴彦掉尔上班: see one_typo, which takes any character in a name that long), in a text
        that names no place as written: the one place the longest such run fits. Only the names
        starting with two characters of the text are compared."""
        # (over a short name found: only runs that hold it, 巴彦掉尔, 五大莲池)
        around = range(max(0, within.start - 2), within.start + 1) if within is not None else range(len(form) - 3)
        starts = [a for a in around if a + 4 <= len(form) and all(is_cjk(ch) for ch in form[a : a + 4])]
        if not starts:
            return None
        named: dict[str, list[tuple[str, str]]] = {}
        for name, code in self.divisions.names_starting({form[a : a + 2] for a in starts}, shortest=4):
            named.setdefault(name[:2], []).append((name, code))
        fits: list[tuple[int, int, str]] = []
        for a in starts:
            for size in sorted({len(name) for name, _ in named.get(form[a : a + 2], ())}, reverse=True):
                typed = form[a : a + size]
                if len(typed) < size or not all(is_cjk(ch) for ch in typed) or self.divisions.words((typed,)):
                    continue
                # the wrong character inside a name of four or more, not its kind word (景德镇瓷器 is no
                # 景德镇市; 杏花小区 no 杏花岭区)
                same = [
                    (name, code)
                    for name, code in named[form[a : a + 2]]
                    if len(name) == size
                    and 0 <= differs_at(typed, name) < len(_unkinded(name))
                    and len(_unkinded(name)) >= 4
                ]
                fit = one_typo(typed, same, self.sounds)
                name = next((n for n, code in same if code == fit), "")
                if fit is not None and (
                    self._sounds_alike(typed, name) or _heard_as_place(form, a, a + size) or located(form, a, a + size)
                ):
                    fits.append((a, a + size, fit))  # any other character only where a place stands (呼和浩持的残联)
        longest = max((b - a for a, b, _ in fits), default=0)
        codes = {code for a, b, code in fits if b - a == longest}
        place = self.divisions.place(codes.pop()) if len(codes) == 1 else None
        if place is None:
            return None
        start, end = next((a, b) for a, b, code in fits if b - a == longest)
        return Found((place,), (), start, end)

    def _sounds_alike(self, typed: str, name: str) -> bool:
        """Whether the one character `typed` has wrong sounds as the name's does, or rhymes with it
        (巴彦掉尔: diao, nao; not 齐齐哈哈 for 齐齐哈尔, 五大连锁 for 五大连池)."""
        at = differs_at(typed, name)
        if at < 0:
            return False
        py = self.sounds({typed[at], name[at]})
        a, b = py.get(typed[at]), py.get(name[at])
        return a is not None and b is not None and (a == b or rhyme(a) == rhyme(b))

    def _heard_then(self, form: str, end: int, place: Place) -> bool:
        """Whether one of a city's districts or counties is typed by its sound right at `end`."""
        return place.level == "prefecture" and self._short_heard(form, end, self.children(place.code)) is not None

    def _heard_under(self, found: Found, form: str, hits: Sequence[Hit]) -> Found | None:
        """A county's name written right after a city (or a municipality) it does not lie in, sounding as
        one that does with one character of the same sound (宁波银州区 → 鄞州区, not Tieling's 银州区:
        voice input); the one written in `also`."""
        if len(found.places) != 1 or found.places[0].level != "county":
            return None
        place = found.places[0]
        before = [h for h in hits if h.end == found.start and h.start < found.start]
        above = {p.code: p for h in before for p in h.places if p.level in ("province", "prefecture")}
        if len(above) != 1 or any(code in place.codes for code in above):
            return None
        typed = form[found.start : found.end]
        sound = self.sounds(set(typed))
        same = {
            child.code: child
            for child in self.children(next(iter(above)))
            for name in {child.name, _unkinded(child.name)}
            if (k := differs_at(typed, name)) >= 0 and sound.get(typed[k], "?") == _syllable(child, name, k)
        }
        if len(same) != 1:
            return None
        start = min(h.start for h in before)
        return Found(tuple(same.values()), (place,), start, found.end)

    def _typo_before(self, found: Found, form: str, hits: Sequence[Hit]) -> Found | None:
        """Of the places a county's name fits (桥西区: 石家庄's, 邢台's, 张家口's), the one whose city is
        written right before it with one character wrong (石家装桥西区, 沈杨铁西区, 兰洲城关区: see
        one_typo; a city's short name only by the same sound); the others in `also`."""
        if len(found.places) < 2 or any(h.end == found.start for h in hits):
            return None  # a name written right before it: the text is read as written
        cities: dict[str, Place] = {}
        for p in found.places:
            city = self.divisions.place(p.codes[-2]) if len(p.codes) > 1 else None
            if city is None or city.level != "prefecture":
                return None
            cities[city.code] = p
        named = [(name, code) for code in cities for name in _city_names(self.divisions.place(code))]
        start = _clause_start(form, found.start)
        for n in (4, 3, 2):
            if found.start - n >= start:
                fit = one_typo(form[found.start - n : found.start], named, self.sounds)
                if fit is not None:
                    place = cities[fit]
                    return Found((place,), tuple(p for p in found.places if p != place), found.start - n, found.end)
        return None

    def _hit(self, start: int, end: int, rows: list[tuple[str, int]], name: str = "") -> Hit | None:
        """A name found at start..end: its places, best kind of name first (the same rows, the same places)."""
        # A Chinese name has the same rows every time; a pinyin run of words is known by its rows.
        key: str | tuple[tuple[str, int], ...] = name or tuple(rows)
        reading = self._readings.get(key)
        if reading is None:
            reading = self._reading(name, rows)
            if len(rows[0][0]) == 6:  # townships' readings are not kept: a batch's memory stays flat
                self._readings[key] = reading
        places, ranks, short, weak, loose = reading
        return Hit(start, end, places, ranks, weak, short, loose) if places else None

    def _reading(self, name: str, rows: list[tuple[str, int]]) -> "Reading":
        """(places, kind ranks, only a short form, too common alone, a loose word) for a name's index rows."""
        if len(rows) == 1:  # the usual name: one place, one kind of name (what the rules below give it)
            code, kind = rows[0]
            place = self.divisions.place(code)
            if place is None:
                return (), (), False, False, False
            short = kind in _SHORT_KINDS and not _keeps_banner(name)
            weak = (kind == index.FORMER_SHORT and place.level == "county") or _district_word(name)
            weak = weak or (short and name in _COMMON_WORDS)
            loose = len(name) == 2 and kind in (index.SHORT, index.FORMER_SHORT, index.LANDMARK)
            return (place,), (index.KIND_RANK[kind],), short, weak, loose
        best: dict[str, tuple[Place, int]] = {}
        for code, kind in rows:
            place = self.divisions.place(code)
            rank = index.KIND_RANK[kind]
            if place is not None and (code not in best or rank < best[code][1]):
                best[code] = (place, rank)
        if any(rank < index.KIND_RANK[index.FORMER] for _, rank in best.values()):  # 白城市 today, not the old 白城市
            today = [p for p, rank in best.values() if rank < index.KIND_RANK[index.FORMER]]
            best = {
                c: pr
                for c, pr in best.items()
                if pr[1] not in (index.KIND_RANK[index.FORMER], index.KIND_RANK[index.FORMER_SHORT])
                # an old name of a place in another prefecture (东乡县: 抚州's until 2016; 桥东区: 邢台's until
                # 2020, on ID cards issued before) stays: the text decides
                or all(p.codes[:2] != pr[0].codes[:2] for p in today)
            }
        former = (index.KIND_RANK[index.FORMER], index.KIND_RANK[index.FORMER_SHORT])
        if len(best) > 1 and all(rank in former for _, rank in best.values()):
            # an old name that became several places (阿城市: 阿城区 and part of 道外区): the one that
            # kept the name first, the others after it (as a single name is read: they go to also)
            kept = index.successor([p for p, _ in best.values()], name)
            best = {c: (p, r if p in kept else r + _NOT_KEPT) for c, (p, r) in best.items()}
        ordered = sorted(best.values(), key=lambda pr: (pr[1], pr[0].codes))
        kinds = {k for _, k in rows}
        short = kinds <= _SHORT_KINDS and not _keeps_banner(name)
        # 城区, 新区: two-character district names that are words too; an old county's short form (公园)
        weak = (kinds <= {index.FORMER_SHORT} and all(p.level == "county" for p, _ in ordered)) or _district_word(name)
        weak = weak or (short and name in _COMMON_WORDS)
        loose = len(name) == 2 and kinds <= {index.SHORT, index.FORMER_SHORT, index.LANDMARK}
        return tuple(p for p, _ in ordered), tuple(r for _, r in ordered), short, weak, loose

    def _whole_places(self) -> frozenset[str]:
        """Provinces the list does not divide (香港, 澳门, 台湾): a name there is as precise as it gets."""
        if self._undivided is None:
            self._undivided = self.divisions.undivided()
        return self._undivided

    def _district_of_undivided_city(self, found: Found, hits: Sequence[Hit], form: str) -> Found:
        """A district's name right after a city that has no counties, where the name without its 区 is a
        short form of one of the city's townships (东莞市东城区: 东莞's 东城街道, not Beijing's 东城区; 中山市石岐区):
        that city, the district elsewhere in `also`."""
        if len(found.places) != 1 or found.places[0].level != "county" or not form.endswith("区", 0, found.end):
            return found
        city = next((p for h in hits if h.end == found.start for p in h.places if p.level == "prefecture"), None)
        if city is None or city.code in found.places[0].codes or self.children(city.code):
            return found
        short = form[found.start : found.end - 1]
        towns = self.divisions.town_short_forms({short}, shortest=2).get(short, [])
        if not any(code.startswith(city.code[:4]) for code in towns):
            return found
        start = min(h.start for h in hits if h.end == found.start and city in h.places)
        return Found((city,), (*found.places, *found.also), start, found.end)

    def _undivided_places(self) -> dict[str, Place]:
        """The places of `_whole_places()` by code (香港特别行政区, 澳门特别行政区, 台湾省)."""
        if self._undivided_named is None:
            self._undivided_named = {c: p for c in self._whole_places() if (p := self.divisions.place(c)) is not None}
        return self._undivided_named

    def _regiment(self, form: str, found: Found | None) -> Found | None:
        """The county a regiment of the Production and Construction Corps lies in, the regiment named
        by its number (一四三团, 143团), which is no everyday word: anywhere in the text, when nothing
        finer than a province is named (新疆生产建设兵团第八师一四三团 → 沙湾市)."""
        import re

        numbers = {m.group(0) for m in re.finditer(r"(?:[零一二三四五六七八九十]{2,4}|[0-9]{2,3})团", form)}
        towns = [
            t
            for codes in self.divisions.town_short_forms(numbers).values()
            for c in codes
            if (t := self.divisions.place(c))
        ]
        counties = {t.codes[-2] for t in towns if len(t.codes) >= 2}
        if len(counties) != 1 or (found is not None and found.places[0].code not in towns[0].codes):
            return None
        county = self.divisions.place(counties.pop())
        key = next(iter(numbers))
        return Found((county,), (), form.find(key), form.find(key) + len(key)) if county is not None else None

    def _town_after(self, found: Found, form: str) -> Found:
        """The county of a township named by its short form right after the city or province found
        (北京回龙观: 回龙观街道 of 昌平区; 上海陆家嘴: 浦东新区), when only one township inside it bears
        that form and it is no everyday word. A form of two characters only for a township of one of
        the city's districts (杭州九堡: 上城区's 九堡街道; 宜宾李庄: 翠屏区's 李庄镇), no word of
        data/words.csv, and ending where a name may (小寨 is 蓝田县's 小寨镇, and 雁塔区's 小寨路 is
        what 西安小寨 means; 沈阳北站 is a station)."""
        if len(found.places) != 1 or found.places[0].level not in ("province", "prefecture"):
            return found
        above, end = found.places[0].code, found.end
        pieces = {form[end : end + n]: n for n in range(2, 7) if end + n <= len(form) and is_cjk(form[end + n - 1])}
        # not before a house number (建设路18号), nor "outside" a gate (建国门外 is 建外街道, elsewhere)
        pieces = {
            k: n for k, n in pieces.items() if not _numbered(form, end + n) and form[end + n : end + n + 1] != "外"
        }
        if not pieces:
            return found
        named = self.divisions.town_short_forms(pieces, shortest=2)
        # an everyday word of jieba's names the township here only when it is no kind of place
        # anywhere (南京夫子庙, 上海五角场, 北京金融街; not 开发区, 工业园, 火车站)
        common = {w for w in self.divisions.words(named) if w.endswith(_ANYWHERE_KINDS)}
        inside = {
            key: towns
            for key, codes in named.items()
            if key not in common
            and key not in _COMMON_WORDS
            and len(towns := [t for c in codes if (t := self.divisions.place(c)) and above in t.codes]) == 1
        }
        if not inside:
            return found
        key = max(inside, key=len)  # the longest form (上海陆家嘴: no shorter form inside it)
        (town,) = inside[key]
        county = self.divisions.place(town.codes[-2]) if len(town.codes) >= 2 else None
        if county is None or county.code == above:
            return found
        if len(key) == 2 and (
            not county.name.endswith("区")
            or self.divisions.words((key,))
            or key[-1] in _GENERIC_ENDS
            or not _short_name_ends(form, end + 2)
        ):
            return found  # (nor one that runs on into a word: 沈阳北站, 广州市北京路, 连云港云台山)
        return Found((county,), found.also, found.start, end + pieces[key])

    def _county_of_town(self, found: Found, townships: Sequence[Hit]) -> Found:
        """A city or province followed by a township of one of its counties, the county unnamed (宜宾李庄镇,
        遵义茅台镇): the county the township lies in, as an address ending in a township answers."""
        if len(found.places) != 1 or found.places[0].level not in ("prefecture", "province"):
            return found
        code = found.places[0].code
        # (not a township's name inside a longer one's: 江苏省昆山开发区, no township named 开发区)
        whole = [h for h in townships if not any(o.start <= h.start and h.end <= o.end and o != h for o in townships)]
        inside = {t.code: (t, h) for h in whole if h.start >= found.end for t in h.places if code in t.codes}
        if len(inside) != 1:
            return found
        town, hit = next(iter(inside.values()))
        county = self.divisions.place(town.codes[-2]) if len(town.codes) >= 2 else None
        if county is None or county.level != "county":
            return found
        return Found((county,), found.also, found.start, hit.end)

    def _town_short_form(self, form: str) -> Found | None:
        """The one township a text names by a short form that no other township shares and that is no
        everyday word (体育场, 人民广场: data/words.csv), right after a word of where someone is or goes
        (在陆家嘴上班, 住在徐家汇), when the text names nothing else: the county or district it lies in
        (浦东新区), as an address that ends in a township answers. A short form of 2 characters also
        needs a word of nearness or of what people do there after it (`_near_a_town`: 我在沙面上班)."""
        pieces = {form[a : a + n] for n in range(2, 7) for a in range(len(form) - n + 1) if is_cjk(form[a])}
        pieces = {p for p in pieces if len(p) > 2 or _near_a_town(form, p)} - _TOWN_PARTS  # (丰镇's 新城区街道)
        pairs = {p for p in pieces if len(p) == 2}
        if pairs:  # 南汇: a county-level name too (a former district's) read as one, not a township elsewhere
            pieces -= set(self.divisions.lookup_many(pairs))
        if not pieces:
            return None
        named = {k: c for k, c in self.divisions.town_short_forms(pieces, shortest=2).items() if len(c) == 1}
        words = self.divisions.words(named)
        named = {k: codes for k, codes in named.items() if _town_said(form, k, words.get(k))}
        if len({codes[0] for codes in named.values()}) != 1:
            return None
        key, codes = next(iter(named.items()))
        town = self.divisions.place(codes[0])
        start = form.find(key)
        if town is None or len(town.codes) < 2:
            return None
        county = self.divisions.place(town.codes[-2])  # the county or district it lies in, as for an address
        return Found((county,), (), start, start + len(key)) if county is not None else None

    def _abbreviation_hits(self, form: str, names: "Sequence[tuple[int, int, object]]") -> list[Hit]:
        """A province's one-character 简称 where someone is or goes (在京务工, 来沪, 赴粤): the way
        news and notices write it. Only the characters that are seldom anything else after those
        words, followed by what people do there or by nothing more (not 在津贴, 去豫园), and not
        inside another name (在鄂尔多斯)."""
        found = [
            i
            for i in range(1, len(form))
            if form[i] in _ABBREVIATED
            and form[i - 1] in _MOVES
            and (i + 1 == len(form) or form[i + 1] in _BOUNDARY or form[i + 1 :].startswith(_THERE))
            and not any(a <= i < b for a, b, _ in names)
        ]
        if not found:
            return []
        rows = self.divisions.lookup_many({form[i] for i in found})
        hits = []
        for i in found:
            if form[i] in rows:
                places, ranks, _, _, _ = self._reading(form[i], rows[form[i]])
                if places:
                    hits.append(Hit(i, i + 1, places, ranks, short=True))
        return hits

    def _at_gate(self, form: str, i: int, j: int) -> bool:
        """Whether 门口, 门外 or 门前 after a name is at a gate of a word the name's first character
        closes (北大东门外: 北大's east gate, no 大东区), or of a university's short name (川大东门口; not
        去大东门口, 大东门诊)."""
        if form[j + 1 : j + 2] not in _AT_A_GATE:
            return False
        if self.divisions.words({form[i - 1 : i + 1]}):
            return True
        return form[i] == "大" and form[i - 1] not in _BEFORE_WORD and not located(form, i, j)

    def _claimed(
        self,
        form: str,
        i: int,
        j: int,
        names: "Sequence[tuple[int, int, object]]",
        town_names: "Sequence[tuple[int, int, object]]",
    ) -> bool:
        """Whether the best cut of the words around a short name crosses it (src/cardinfo/segment.py).
        Not where other names or a level word meet it (元阳新街镇, 成都市), nor where the words around
        make it a place (老家是江山的), nor in a text of a few characters, a name typed (和田地)."""
        if len(form.strip()) <= 4 or form[j : j + 1] in _LEVEL_CHARS or located(form, i, j):
            return False
        if form[:i].endswith((*_BEING_AT, *_LOCATED_BEFORE, "离")):  # 户口在太原来问问, 我家离开封不远: being there
            return False
        if any(b == i or a == j for a, b, _ in (*names, *town_names)):
            return False
        from cardinfo import segment

        return segment.claimed(form, i, j, is_cjk, self.divisions.counts, self.divisions.lexicon_total())

    def _phrase_spans(self, form: str, names: "Sequence[tuple[int, int, object]]") -> list[tuple[int, int]]:
        """Where the idioms and phrases of data/words.csv stand in the text (3-8 characters): words
        that hold a place's name and name no place (长治久安, 王建安, 四平方公里). Another place's name
        (亚龙湾) counts only where a word starts: not across two (山东武城, 进入海口, 今天平山)."""
        windows = {(a, a + n): form[a : a + n] for n in range(3, 9) for a in range(len(form) - n + 1)}
        edges = {
            (i, j): (form[i - 1 : i + 1], form[j - 1 : j + 1])
            for i, j, _ in names
            if i > 0
            and j < len(form)
            and not form[i:j].endswith(_LEVEL_ENDS)
            and form[i - 1] not in _LEVEL_CHARS
            and form[i - 1] not in _BEFORE_WORD
            and form[i - 1] != "自"
            and form[j] not in _LEVEL_CHARS
        }  # not a full name, nor one after a level word or a word of being or going (保定市容城县: 市容 and
        # 县城 around it; 我在建湖上班: 在建 and 湖上; 来自大同学院), nor one a level word follows (到达州市)
        kinds = self.divisions.words({*windows.values(), *(w for pair in edges.values() for w in pair)})
        spans = [
            (a, b)
            for (a, b), text in windows.items()
            if kinds.get(text, "word") not in ("word", "join")
            and (kinds[text] != "place" or _starts_word(form, a, b, names))
            and (kinds[text] not in ("thing", "food") or (_ends_word(form, b, kinds[text]) and not _placed(form, a)))
            and not (text.endswith(_EVENTS) and _site_follows(form, b))  # 百色起义纪念馆: in 百色
        ]
        # a name across two everyday words, its first character closing one and its last opening
        # the next (更新余额: 更新 and 余额 around 新余; 混合肥料): the two words hold it
        two = ("word", "join")
        return spans + [
            (i - 1, j + 1)
            for (i, j), (left, right) in edges.items()
            if kinds.get(left) in two and kinds.get(right) in two
        ]

    def _after_town_short_form(self, form: str, at: int, sight: "Sequence[Place]") -> bool:
        """Whether a township's short form of three characters or more ends at `at`, a clause's start
        before it, inside the sight's county (珞珈山武汉大学, 中关村北京大学: a sight after the quarter it
        stands in; not 陆家嘴外滩, two sights of two districts)."""
        start = _clause_start(form, at)
        pieces = {form[k:at] for k in range(max(start, at - 6), at - 2)}
        found = self.divisions.town_short_forms(pieces) if pieces else {}
        counties = {p.code for p in sight if p.code}
        return any(code[:6] in counties for codes in found.values() for code in codes)

    def _alias_spans(self, form: str) -> list[tuple[int, int]]:
        """Where the data's aliases (宁波高新区, 领水县) occur in the text: one scan for all of them."""
        # Leftmost first, the longest where several start together, none overlapping: what one
        # regular expression of them all finds, without compiling one (~3.5 M instructions a run).
        found = sorted((i, -len(name)) for name in self.aliases if name and name in form for i in _starts(form, name))
        spans: list[tuple[int, int]] = []
        for i, minus in found:
            if not spans or i >= spans[-1][1]:
                spans.append((i, i - minus))
        return spans

    def _chinese_hits(self, form: str) -> tuple[list[Hit], list[Hit]]:
        """Every name of the index in the text (overlaps settled), and every township name."""

        hits: list[Hit] = []
        landmarks: list[Hit] = []  # 中山 in 广州市中山大学: a place only when the text names no other
        sights: list[Hit] = []  # names from data/landmarks.csv (兵马俑)
        elsewhere: list[tuple[int, int]] = []  # a university's name before one of its hospitals'
        names, town_names = self.divisions.names_in(form)
        readings = self._readings
        ends = {j for _, j, _ in names}
        town_ends = {j for _, j, _ in town_names}
        phrases = self._phrase_spans(form, names) if names else []
        for i, j, rows in names:
            if form[i].isascii():
                before, after = form[i - 1 : i] if i else "", form[j : j + 1]
                if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
                    continue  # pinyin inside a Chinese text counts as a whole word only ("我在Kunming", not "panda")
            name = form[i:j]
            reading = readings.get(name)  # what _hit() does, without a call per name
            if reading is None:
                reading = readings[name] = self._reading(name, rows)  # county-level names: a bounded set
            places, ranks, short, weak, loose = reading
            inside = i > 0 and is_cjk(form[i - 1]) and i not in ends  # 贵安新区: 安新 inside a word not read
            # a road or a village named after a place (北京路, 中山村), unless a name of a place starts
            # where the word would (邢台桥东区: 桥东区, not a bridge); not 贵安新区's 安新
            road = named_after(form, j) and not any(a == j and b - a >= 3 for a, b, _ in names)
            # 青海门源, 琼海大路镇: a place inside it follows, no gate or road named after it
            path = _path_follows(places, names, j) or _path_follows(places, town_names, j)
            # inside a sight (三坊七巷里住的老人), not a lane named after a place (永安里有家银行, 长春里的老小区)
            road = road and not (form[j : j + 1] == "里" and form[j + 1 : j + 2] in _INSIDE_AFTER and _sight(rows))
            # a gate inside a word (北大东门: 北大's east gate, no 大东区; not 广元朝天门, after the city's name)
            gate = (
                form[j : j + 1] == "门"
                and inside
                and (form[j + 1 : j + 2] not in _NOT_A_GATE or self._at_gate(form, i, j))
            )
            # ... a numbered gate (华科南三门: no 三门县), and a campus whose name the name runs into (云大东陆校区,
            # 西交大兴庆校区: no 大东区, 大兴区; not 陕西师范大学长安校区, a campus named after its district)
            two = inside and j - i == 2 and not _sight(rows)
            gate = gate or (two and name.endswith("门") and form[i - 1] in "东西南北")
            gate = gate or (two and any(form.startswith("校区", k) for k in (j + 1, j + 2)))
            road = road and short and not self._town_at(form, j, places)  # 南京新街口: 新街口, no 新街
            if not places or (short and not path and (road or gate or (inside and other_district(form, j, places)))):
                continue
            if short and j - i == 2 and name[-1] in "县旗盟" and self._kind_word_apart(form, i, j):
                continue  # 委托县残联, 依托县域, 拜托县长: words its characters belong to (no 托县)
            if (name.endswith("城市") or form.startswith("城市", j - 1)) and i > 0 and self._city_word(form, i, names):
                continue  # 上海城市的夜景, 沿海城市: 城市 is "city" after a word its first character closes (no 海城市)
            if short and not_a_place(form, i, j, ends, foods=any(p.name.startswith(name) for p in places)):
                continue  # not 北京烤鸭 or 刘长春主任: a product's or a person's name
            if not short and form[:i].removesuffix("的").endswith(_ABROAD_BEFORE):
                continue  # 首尔江南区, 韩国首尔的江南区: that city's district, not 南宁's namesake
            if short and j - i == 2 and not path and not _sight(rows) and self._claimed(form, i, j, names, town_names):
                continue  # 完成都还两说, 太原始了, 打开封条: everyday words either side hold the characters
            if not short and {k for _, k in rows} & {index.SHORT, index.FORMER} and _old_name_product(form, i, j):
                continue  # 沙县小吃: 沙县, an old county's full name and 沙县区's short name today (郫县豆瓣: 郫都区's)
            if any(a <= i and j <= b for a, b in phrases):
                continue  # not 长治久安 or 王建安: an idiom or a person's name that holds a place's name
            if short and any(i < a < j <= b and b - a >= 4 for a, b in phrases):
                continue  # 一定会东山再起: a short name whose end opens an idiom (会东 across 东山再起) is no place
            if form[i] in "和与及或" and i and not _placed(form, i) and any(a == i + 1 < j < b for a, b in phrases):
                continue  # 东坡肉和龙井虾仁: "and", then a dish that holds the rest of the name (no 和龙)
            # an old county's short form, no word of data/words.csv (闸北, 宣武, 中甸; not 公园, 城南), is
            # weak alone as an everyday word is
            former = all(k == index.FORMER_SHORT for _, k in rows) and not self.divisions.words((name,))
            said = located(form, i, j) or (former and _old_name_said(form, i, j))
            if weak and (name in _EVERYDAY_WORDS or name in _TOWN_PARTS or former) and said:
                weak = False  # an everyday word where a place stands: 在大方上班, 大方人 (not 城区 or 新区)
            # a word inside a run of words (人力资源部门, 楼下小店, 玩和平精英): only a name written right
            # before it makes it a place, not one elsewhere in the text
            # (a campus is named after where it is: 陕西师范大学长安校区)
            worded = weak and not located(form, i, j) and not _starts_word(form, i, j, names, town_ends)
            worded = worded and not _said_as_place(form, i, j) and not form.startswith("校区", j)
            hit = Hit(i, j, places, ranks, weak, short, loose, worded)
            if _sight(rows):
                if name.endswith(("大学", "大")) and _its_hospital(form, j):
                    elsewhere.append((i, j))  # 浙大一院, 中山大学附属第一医院: the hospital is not on its campus
                    continue
                after_school = name.endswith("大学") and _students_or_town(form, j)
                # a sight's name of three characters or more after a verb of seeing it (参观兵马俑, 打卡布达拉宫)
                seen = j - i >= 3 and i > 0 and (form[i - 1] in _SEEING or form[:i].endswith(_GOING_TO_SEE))
                starts = _starts_word(form, i, j, names, town_ends, anywhere=seen)
                starts = starts or self._after_town_short_form(form, i, places)
                starts = starts or form.startswith("校区", j)  # 南京大学仙林校区: a campus named after its quarter
                # trees planted, not the sight named after them (种了五棵松, 五棵松树苗)
                starts = starts and not form[:i].endswith(_PLANTED) and not form.startswith(("树", "苗"), j)
                court = name.endswith("中") and form.startswith("院", j)  # 北京四中院: a court, no school
                if starts and not form.startswith(_NOT_AFTER_SIGHT, j) and not after_school and not court:
                    sights.append(hit)  # 兵马俑, 布达拉宫: weighed below against the places the text names
                continue
            (landmarks if short and landmark_after(form, j) else hits).append(hit)
        hits = [h for h in hits if not _other_campus(form, h, sights)]
        if elsewhere:
            within = [h for h in (*hits, *landmarks) if any(a <= h.start and h.end <= b for a, b in elsewhere)]
            hits = [h for h in hits if h not in within]
            landmarks = [h for h in landmarks if h not in within]
        for sight in sights:  # a sight the text's other names disagree with is not where it is (北京的兵马俑展览)
            held = [h for h in hits if sight.start <= h.start and h.end <= sight.end]  # 木兰 in 木兰天池
            # (a name right after the sight is a part of it: 厦大白城, the beach by 厦大, no 白城市; not a
            # campus named after where it is, 厦大翔安校区, 北师大珠海校区, 浙大海宁国际校区)
            named = [
                h
                for h in hits
                if not h.weak
                and h not in held
                and (h.start != sight.end or any(form.startswith(_CAMPUS_WORDS, k) for k in range(h.end, h.end + 3)))
            ]
            if not named or any(_agree(sight, h) for h in named):
                hits = [h for h in hits if h not in held] + [sight]
        hits += self._abbreviation_hits(form, names)
        for i, j in self._alias_spans(form):
            # an alias that is a short form (北京, 杭州) follows the same rule: 北京路 is a road
            alias = self.aliases[form[i:j]]()
            foods = alias is not None and alias.name.startswith(form[i:j])  # 宁夏枸杞, not 蓉城火锅
            if not form[i:j].endswith(_LEVEL_ENDS) and (named_after(form, j) or not_a_place(form, i, j, ends, foods)):
                continue
            if any(a <= i and j <= b for a, b in phrases):
                continue  # 北京国安, 广东宏远: a title or a club's name of words.csv, as for the index's names
            if alias is not None and not form[i:j].endswith(_LEVEL_ENDS) and landmark_after(form, j):
                landmarks.append(Hit(i, j, (alias,), (index.ALIAS_RANK,), short=True))
            elif alias is not None:
                same = next((h for h in hits if (h.start, h.end) == (i, j)), None)
                places, ranks = (
                    (alias, *(same.places if same else ())),
                    (index.ALIAS_RANK, *(same.ranks if same else ())),
                )
                hits = [h for h in hits if h is not same] + [Hit(i, j, places, ranks)]
        townships = [h for i, j, rows in town_names if (h := self._hit(i, j, rows))]
        # an everyday word before a township of the county it names is that county (无为陡沟镇, 白云金沙街道)
        hits = [h._replace(weak=False, worded=False) if h.weak and _town_follows(h, townships) else h for h in hits]
        # (an old county's short form inside the landmark's name is no other name: 西安北站, 北站区's 北站)
        named = hits if any(not h.weak for h in hits) or not landmarks else landmarks
        if named is hits:
            # a journey's end, a city before its station or airport after 到, 去 … that no other name agrees
            # with (从沈阳南站到大连北站: 大连), is another place the text names: weighed too, not dropped unsaid
            journeys = [m for m in landmarks if m.start and form[m.start - 1] in _JOURNEY_TO]
            named = hits + [m for m in journeys if not any(_agree(m, h) for h in hits)]
            # a city before its university's name still tells which of a name's places is meant
            # (南京大学鼓楼校区: 南京's 鼓楼区, not one of four)
            unsure = [h for h in hits if len(h.places) > 1]
            named += [m for m in landmarks if m not in named and any(_agree(m, h) for h in unsure)]
        return select(named, townships), townships

    def _latin_hit(
        self,
        words: list[tuple[int, int, str]],
        a: int,
        b: int,
        rows: dict[str, list[tuple[str, int]]],
        levels: list[tuple[str, int] | None],
        texts: list[str],
    ) -> Hit | None:
        """Words a..b as one name: as written, with the pinyin of the level word after it, or glued to one.

        `levels[b]` is the word(s) for a kind of place starting at word b, if any (None past the end);
        `texts` the words alone.
        """
        joined = "".join(texts[a:b])
        level = levels[b]
        after = PINYIN_OF.get(level[0], "\0") if level else "\0"
        found = rows.get(joined + after, []) + rows.get(joined, [])  # the level word after it narrows them
        if level and level[0] in _PEOPLE_KINDS:
            found = rows.get(joined + "zu" + after, []) + found
        if found:
            return self._hit(words[a][0], words[b - 1][1], found)
        glued = b == a + 1 and joined.endswith(tuple(index._LATIN_SUFFIXES))
        for suffix in index._LATIN_SUFFIXES if glued else ():  # "kunmingshi", "guandudistrict"
            base = joined[: -len(suffix)]
            if joined.endswith(suffix) and base in rows:
                hit = self._hit(words[a][0], words[b - 1][1], rows[base])
                fit = [n for n, p in enumerate(hit.places) if fits(p, suffix)] if hit else []
                if hit is not None and fit:
                    hit = hit._replace(places=tuple(hit.places[n] for n in fit), ranks=tuple(hit.ranks[n] for n in fit))
                return hit
        return None

    def _agreeing_sights(self, hits: list[Hit], form: str) -> list[Hit]:
        """English hits without the sights that a division the text names disagrees with, as Chinese
        text has it (West Lake, Huizhou: 惠州's, not 杭州's 西湖区; Ming Tombs in Nanjing)."""
        if len(hits) < 2:
            return hits
        sights = self._latin_sights(hits, form)
        # Zhongshan Road, Nanjing: a road named after a place is no place the text names (Wangfujing Street is a sight)
        roads = [h for h in hits if h not in sights and _road_after(form, h.end)]
        # (Tianhe Road, Guangzhou: a road named after a district of the city written lies in it, mostly)
        roads = [h for h in roads if not any(_agree(h, n) for n in hits if n not in roads)]
        if roads and len(roads) < len(hits):
            hits = [h for h in hits if h not in roads]
            if len(hits) < 2:
                return hits
        # a road or a park named after a place is no place named (Nanjing Road near the Bund)
        named = [h for h in hits if h not in sights and not h.weak]
        return [h for h in hits if h not in sights or not named or any(_agree(h, n) for n in named)]

    def _latin_sights(self, hits: Sequence[Hit], form: str) -> list[Hit]:
        """Those of the hits that are landmarks' names (Potala Palace, Wangfujing), no division's."""
        keys = {h: form[h.start : h.end].replace(" ", "") for h in hits}
        rows = self.divisions.lookup_many(set(keys.values()))
        return [h for h in hits if rows.get(keys[h]) and all(kind == index.LANDMARK for _, kind in rows[keys[h]])]

    def _latin_hits(self, form: str) -> list[Hit]:
        """Pinyin and English names, longest run of words first; a level word narrows the name before it."""

        words: list[tuple[int, int, str]] = []  # start, end, normalised word
        i = 0
        while i < len(form):
            if form[i] == " ":
                i += 1
                continue
            j = form.find(" ", i)
            j = len(form) if j < 0 else j
            word = form[i:j]  # scan_form made an ASCII word what normalise would: lower case, no separators
            words.append((i, j, word if word.isascii() else normalise(word)))
            i = j
        readings = _pinyin_readings(words)
        if len(readings) == 1:
            return self._latin_hits_of(readings[0])
        # English words inside a name (Left, Middle, Manchu): the reading that names most (as written on a tie)
        return max((self._latin_hits_of(r, words) for r in readings), key=lambda hs: sum(h.end - h.start for h in hs))

    def _latin_hits_of(
        self, words: list[tuple[int, int, str]], written: list[tuple[int, int, str]] | None = None
    ) -> list[Hit]:
        """The hits of one reading of the words; `written` is the words as typed, when this reading
        put pinyin for some (Left -> zuoyi): a name made of such words alone is no name typed
        (Alxa Right Banner is no 友谊县, youyi)."""
        texts = [w for _, _, w in words]
        longest = LONGEST_WORDS + 1
        joins = {"".join(texts[a:b]) for a in range(len(texts)) for b in range(a + 1, min(a + longest, len(texts) + 1))}
        glued = {w for w in texts if w.endswith(tuple(index._LATIN_SUFFIXES))}  # "kunmingshi": a suffix glued on
        stripped = {w[: -len(x)] for w in glued for x in index._LATIN_SUFFIXES if w.endswith(x) and len(w) > len(x) + 1}
        suffixed = {j + x for j in joins for x in PINYIN_OF.values()}  # "Qi County": qixian
        if any(t in ("autonomous", *_PEOPLE_KINDS) for t in texts):  # Dongxiang Autonomous County
            suffixed |= {j + "zu" + PINYIN_OF[k] for j in joins for k in _PEOPLE_KINDS}
        rows = self.divisions.lookup_many(joins | stripped | suffixed)
        hits: list[Hit] = []
        levels = [_level_words(texts, a) for a in range(len(texts))] + [None]
        kinded = 0  # hits[:kinded] have had their kind word ("Yanta District"): a later one is not theirs
        a = 0
        while a < len(words):
            level = levels[a]
            next_level = levels[a + 1]
            named = bool(next_level) and words[a][2] + PINYIN_OF.get(next_level[0] if next_level else "", "\0") in rows
            fit: list[int] = []
            if level and not named and hits and hits[-1].end == words[a - 1][1]:  # "Qi County" is 淇县
                fit = [n for n, p in enumerate(hits[-1].places) if fits(p, level[0])]
            if fit and level:  # "Guandu District", "Jilin City": keep the places of that kind
                h = hits[-1]
                hits[-1] = h._replace(places=tuple(h.places[n] for n in fit), ranks=tuple(h.ranks[n] for n in fit))
                kinded = len(hits)
                a = level[1]
                continue
            seat = self._seat(hits[-1], level[0]) if level and not named and hits else None
            if level and seat is not None and hits[-1].end == words[a - 1][1]:  # "Altay City": 阿勒泰市
                hits[-1] = hits[-1]._replace(places=(seat,), ranks=hits[-1].ranks[:1])
                kinded = len(hits)
                a = level[1]
                continue
            if level and not named and hits and hits[-1].end == words[a - 1][1]:
                kinded = len(hits)  # no place of that kind: the word is read as a name (Beilin Qu, Xian)
            if level and not named and len(hits) > kinded and _unread_between(words, hits[-1].end, a) <= 2:
                # A kind word a word or two after a name, past words not read: it narrows the name as
                # above, and a name of no place of that kind is likely part of a longer one the tool
                # cannot read (Morin Dawa Daur Autonomous Banner is no 大洼区): it goes.
                h = hits.pop()
                fit = [n for n, p in enumerate(h.places) if fits(p, level[0])]
                if fit:
                    hits.append(
                        h._replace(places=tuple(h.places[n] for n in fit), ranks=tuple(h.ranks[n] for n in fit))
                    )
                    kinded = len(hits)
                a = level[1]
                continue
            for b in range(min(a + LONGEST_WORDS, len(words)), a, -1):
                if written and all(words[k] != written[k] for k in range(a, b)):
                    continue  # only words the reading put pinyin for
                hit = self._latin_hit(words, a, b, rows, levels, texts)
                if hit is not None:
                    hits.append(hit)
                    a = b
                    break
            else:
                a += 1
        return hits
