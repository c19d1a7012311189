from gallery.manifest import is_heading, is_image_name, looks_like_page, parse_page

from .conftest import SEEDS

SEED = (SEEDS / "000_bdcb2b8f33a596f9.txt").read_text(encoding="utf-8")


def test_seed_page_facts():
    article = parse_page(SEED)
    assert "苏州,未来可期!" == article.title
    assert "苏州发布" == article.source
    assert "2023-08-08 16:16:00" == article.published
    assert ["苏州", "先进制造业", "产业体系"] == article.tags
    assert "王晶枫" == article.editor


def test_seed_page_lists_every_image_in_order():
    names = [image.name for image in parse_page(SEED).images]
    assert 12 == len(names)
    assert "9.jpg" == names[0]
    assert "《采茶》周明生  摄于镇江茶博园_副本.jpg" == names[1]
    assert "微信图片_20240703093100_副本.jpg" == names[-1]


def test_captions_come_from_the_recommended_block():
    captions = {image.name: image.caption for image in parse_page(SEED).images}
    assert "紫金山实验室正式发布ESC0830内生安全MCU芯片等系列重大科研成果。" == captions["W020241122352983363515.jpg"]
    assert captions["微信截图_20241121151459.png"].startswith("今天推出第六期")
    # the list at the top has no captions: the next line is another name or the article's title
    assert captions["9.jpg"] is None
    assert captions["3_副本.jpg"] is None
    # the last image stands under a heading with nothing after it
    assert captions["微信图片_20240703093100_副本.jpg"] is None


def test_sections_are_kept_but_never_captions():
    images = {image.name: image for image in parse_page(SEED).images}
    assert "阅读推荐" == images["0fcc8c7ebdc6f574d956fc010eb4acfd.jpg"].section
    assert "本网策划" == images["微信图片_20240703093100_副本.jpg"].section


def test_a_heading_after_an_image_is_not_its_caption():
    page = "标题\n来源:某报 2024-01-02\n阅读推荐\na.jpg\n相关阅读\nb.jpg\n这是 b 的图说。\n"
    captions = {i.name: i.caption for i in parse_page(page).images}
    assert {"a.jpg": None, "b.jpg": "这是 b 的图说。"} == captions


def test_published_time_is_normalised():
    assert "2024-01-02" == parse_page("T\n来源: X 2024-1-2\nx.jpg\n").published


def test_names_and_headings():
    assert is_image_name("86347_4fd1dccf_batchwm.jpg.jpg")
    assert is_image_name("IMG_0001.JPG")
    assert not is_image_name("这不是图片")
    assert not is_image_name(".jpg")
    assert is_heading("阅读推荐")
    assert is_heading("本网策划")
    assert not is_heading("今年以来,苏州市外贸运行总体稳中有进。")
    assert looks_like_page(SEED)
    assert not looks_like_page("只是一段文字")


def test_garbage_never_raises():
    for text in ["", "\x00\x00", "来源:", "来源: 2024-13-45", "a.jpg\n" * 1000, "\ud800.jpg"]:
        parse_page(text)
